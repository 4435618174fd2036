// Says what happened; nothing on it needs JavaScript.
export const csr = false;
