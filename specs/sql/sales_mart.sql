-- Sales per segment and day, rebuilt in one transaction.
begin;
create schema if not exists mart;
create table if not exists mart.sales_by_segment (
  segment text not null,
  day date not null,
  deals integer not null,
  revenue numeric(14, 2) not null,
  primary key (segment, day)
);
delete from mart.sales_by_segment;
insert into mart.sales_by_segment (segment, day, deals, revenue)
select c.segment, d.closed_at::date, count(*), sum(d.amount)
from crm.deals d
join crm.contacts c on c.id = d.contact_id
group by c.segment, d.closed_at::date;
commit;
