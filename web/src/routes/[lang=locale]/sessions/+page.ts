// A reading page: plain links need no JavaScript, so none is sent.
export const csr = false;
