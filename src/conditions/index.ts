// The conditions layer's public names are listed here.
export {};
