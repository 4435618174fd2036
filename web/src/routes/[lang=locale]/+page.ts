// The home page only reads: links and text need no JavaScript, so none is sent.
export const csr = false;
