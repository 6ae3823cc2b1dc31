/**
 * The one production build a test run shares (`.next`): the reliability
 * suite and the browser tests both start `next start` from it. Builds only
 * when the build there is missing or older than a source file, so each
 * suite can be run on its own and `npm test` still builds once.
 */
import { ensureBuild } from "../bench/support/server";

await ensureBuild(false, ".next");
