// fast-check runs with a fixed seed by default, so `npm test` (and CI) gives the same verdict on
// the same code; STRESS=1 or FC_SEED=random draws a new seed each run to look for new
// counterexamples, and FC_SEED=<n> replays one (fast-check prints the seed of a failure).
import fc from 'fast-check';

const wanted = process.env.FC_SEED ?? (process.env.STRESS === '1' ? 'random' : '20261123');
if (wanted !== 'random') fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(wanted) });
