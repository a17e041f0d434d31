// Logs what its clock says at launch, in a scheduled task, and when asked for credentials.
export async function launch(device) {
  console.log(`launch ${new Date().toISOString()}`);
  device.scheduler.schedule(60_000, () => console.log(`task ${device.now().toISOString()}`));
  return async () => {
    console.log(`credentials ${new Date().toISOString()}`);
    throw new Error("no credentials here");
  };
}
