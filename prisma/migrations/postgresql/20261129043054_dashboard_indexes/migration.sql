-- CreateIndex
CREATE INDEX "Response_attemptId_status_score_maxScore_idx" ON "Response"("attemptId", "status", "score", "maxScore");
