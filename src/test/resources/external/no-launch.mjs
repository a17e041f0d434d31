// Exports no launch(device).
export const provider = 1;
