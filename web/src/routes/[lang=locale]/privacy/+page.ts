// A reading page: the GET form and plain links need no JavaScript, so none is sent.
export const csr = false;
