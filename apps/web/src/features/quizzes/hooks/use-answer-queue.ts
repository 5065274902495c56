import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AttemptView } from '@campus/contracts';
import { quizzesApi } from '../api/quizzes.api';
import { AnswerQueue } from '../lib/answer-queue';

/** The answer queue of one attempt, alive as long as the attempt page is open. */
export function useAnswerQueue(attempt: AttemptView) {
  const [queue] = useState(
    () =>
      new AnswerQueue({
        attemptId: attempt.id,
        send: (position, response) => quizzesApi.save(attempt.id, position, response),
        savedAt: Object.fromEntries(attempt.items.map((i) => [i.position, i.savedAt])),
      }),
  );
  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  return { queue, snapshot };
}
