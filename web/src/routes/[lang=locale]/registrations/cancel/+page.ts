// One plain POST form: it needs no JavaScript, and a cancel link opened in a mail app's
// browser should work however limited that browser is.
export const csr = false;
