/** The text alternative of a figure: the exercise and the pose in words ("Quadruped leg raise: on all fours, right leg stretched back"). */
import type { Side } from '../../catalog/schema';
import type { MessageKey, Translate } from '../i18n/i18n';

export const poseTextKey = (exerciseId: string, poseName: string): MessageKey => `figure.pose.${exerciseId}.${poseName}` as MessageKey;

export function figureLabel(t: Translate, exerciseName: string, exerciseId: string, poseName: string, side: Side | null): string {
  return t('figure.label', { exercise: exerciseName, pose: t(poseTextKey(exerciseId, poseName), { side: side ?? 'right' }) });
}
