/**
 * Named points where the fault-injection tests kill the runtime (`AIRSPEC_FAULT_POINT=<name>`): a real
 * SIGKILL at a moment a test cannot hit by timing, such as between two statements of a publication.
 * Without the variable this does nothing.
 */
export const faultPoint = (name: string): void => {
  if (process.env.AIRSPEC_FAULT_POINT === name) process.kill(process.pid, "SIGKILL")
}
