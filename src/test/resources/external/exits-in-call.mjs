// The process dies when the app first needs credentials: the call fails, the run goes on.
export async function launch(device) {
  return async () => {
    console.error("about to crash");
    process.exit(3);
  };
}
