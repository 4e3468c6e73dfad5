/** Runs `step` now and answers as an async function would: a throw becomes the promise's rejection. */
export function settle(step: () => void): Promise<void> {
  return new Promise((resolve) => {
    step();
    resolve();
  });
}
