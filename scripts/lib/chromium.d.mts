export const DEBIAN_CHROMIUM: string;
export const CHROMIUM_FLAGS: readonly string[];
