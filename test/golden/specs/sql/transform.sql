-- golden SQL with "quotes" and {{ braces }}
select 1;
