/**
 * Whether a run includes the extra groups (visual, forced colours). Not when the
 * command names its own files with --files and no --group, as a contributor
 * running one test file means: the visual group would run too, and fail after
 * any layout change until the baselines are regenerated.
 */
export const runsGroups = (argv) =>
  !argv.some((arg) => arg === '--files' || arg.startsWith('--files=')) ||
  argv.some((arg) => arg === '--group' || arg.startsWith('--group='));
