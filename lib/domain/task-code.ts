/** A task's code: the programme's prefix and a number ("36A-04"). */
export const TASK_CODE = /^[A-Z0-9]{1,10}-[0-9]{1,4}$/;
