/**
 * The gate for data/poses.json, the figure's key poses: run at build time with the rest of the
 * catalog (scripts/catalog-validation-plugin.ts) and in tests. Every problem names the exercise,
 * the pose and the joint (or contact, prop) so the fix is found at once: an unknown joint, an
 * angle outside the joint's range, a pose missing for a phase the prescription has.
 */
import { contactNames, contactPoints, propKinds, resolveRawPose, type ContactName, type RawPose } from '../figure/poses';
import { isJointName, jointNames, jointRanges } from '../figure/skeleton';

export const posesFile = 'data/poses.json';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The phase roles an exercise's prescription has, each of which needs a pose. */
export function prescriptionRoles(exercise: unknown): string[] {
  if (!isObject(exercise) || !isObject(exercise.prescription)) return [];
  const prescription = exercise.prescription;
  if (prescription.kind === 'max-hold') return ['hold'];
  const steps = prescription.kind === 'timed' ? prescription.parts : prescription.phases;
  return Array.isArray(steps) ? steps.flatMap((step) => (isObject(step) && typeof step.role === 'string' ? [step.role] : [])) : [];
}

/** Every problem with the pose file against the exercises' structure (data/exercises.json), one line each; [] when valid. */
export function poseProblemLines(poseFile: unknown, exercisesFile: unknown): string[] {
  if (!isObject(poseFile) || poseFile.version !== 1 || !Array.isArray(poseFile.exercises)) return [`${posesFile}: must be { "version": 1, "exercises": [...] }`];
  const catalogExercises = isObject(exercisesFile) && Array.isArray(exercisesFile.exercises) ? exercisesFile.exercises.filter(isObject) : [];
  const rolesById = new Map(catalogExercises.map((exercise) => [String(exercise.id), prescriptionRoles(exercise)]));
  const seen = new Set<string>();
  const problems: string[] = [];
  poseFile.exercises.forEach((entry, index) => {
    const id = isObject(entry) && typeof entry.exerciseId === 'string' ? entry.exerciseId : null;
    const where = id === null ? `${posesFile}: exercises[${index}]` : `${posesFile}: exercise "${id}"`;
    if (!isObject(entry) || id === null) return problems.push(`${where}: needs an "exerciseId"`);
    if (seen.has(id)) problems.push(`${where}: has poses twice`);
    seen.add(id);
    const roles = rolesById.get(id);
    if (roles === undefined) return problems.push(`${where}: no such exercise in data/exercises.json`);
    problems.push(...exercisePoseProblems(where, entry, roles));
  });
  for (const id of rolesById.keys()) if (!seen.has(id)) problems.push(`${posesFile}: exercise "${id}" has no poses`);
  return problems;
}

function exercisePoseProblems(where: string, entry: Json, roles: readonly string[]): string[] {
  if (!isObject(entry.poses)) return [`${where}: needs "poses"`];
  const poses = entry.poses as Readonly<Record<string, RawPose>>;
  const problems: string[] = [];
  for (const needed of ['setup', ...roles]) {
    if (!(needed in poses)) problems.push(`${where}, pose "${needed}": missing (the prescription has a "${needed}" phase)`.replace(' (the prescription has a "setup" phase)', ''));
  }
  if (typeof entry.keyPose !== 'string' || !(entry.keyPose in poses)) problems.push(`${where}: "keyPose" must name one of its poses`);
  const anchor = typeof entry.anchor === 'string' ? entry.anchor : '';
  if (!(contactNames as readonly string[]).includes(anchor)) problems.push(`${where}: "anchor" must be one of ${contactNames.join(', ')}`);
  for (const [name, pose] of Object.entries(poses)) problems.push(...poseProblems(`${where}, pose "${name}"`, poses, name, pose, anchor));
  return problems;
}

function poseProblems(where: string, poses: Readonly<Record<string, RawPose>>, name: string, pose: unknown, anchor: string): string[] {
  if (!isObject(pose)) return [`${where}: must be an object`];
  const problems: string[] = [];
  if (pose.base !== undefined && (typeof pose.base !== 'string' || !(pose.base in poses) || chainLoops(poses, name))) {
    problems.push(`${where}: "base" must name another of its poses, without a loop`);
    return problems;
  }
  const angles = isObject(pose.angles) ? pose.angles : {};
  if (pose.angles !== undefined && !isObject(pose.angles)) problems.push(`${where}: "angles" must be an object of joint angles in degrees`);
  for (const [joint, value] of Object.entries(angles)) {
    if (!isJointName(joint)) {
      problems.push(`${where}, joint "${joint}": unknown joint (known: ${jointNames.join(', ')})`);
      continue;
    }
    const range = jointRanges[joint];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`${where}, joint "${joint}": must be a number of degrees`);
    else if (value < range.minDeg || value > range.maxDeg) problems.push(`${where}, joint "${joint}": ${value}° is outside its range, ${range.minDeg}° to ${range.maxDeg}°`);
  }
  const resolved = resolveRawPose(poses, name);
  for (const joint of jointNames) if (!(joint in resolved.angles)) problems.push(`${where}, joint "${joint}": has no angle (give it here or in the pose named by "base")`);
  const contacts = resolved.contacts ?? [];
  if (!Array.isArray(contacts) || contacts.length === 0) problems.push(`${where}: "contacts" must list what touches the floor`);
  for (const contact of Array.isArray(contacts) ? contacts : []) {
    if (!(contactNames as readonly string[]).includes(contact)) problems.push(`${where}, contact "${String(contact)}": unknown (known: ${contactNames.join(', ')})`);
  }
  if (Array.isArray(contacts) && contacts.length > 0 && !touchesWithAnchor(contacts, anchor)) problems.push(`${where}: its contacts must include the exercise's anchor "${anchor}"`);
  for (const prop of resolved.props ?? []) {
    if (!isObject(prop) || !(propKinds as readonly string[]).includes(String(prop.kind))) problems.push(`${where}, prop "${isObject(prop) ? String(prop.kind) : '?'}": unknown (known: ${propKinds.join(', ')})`);
    else if (prop.x !== undefined && (typeof prop.x !== 'number' || Math.abs(prop.x) > 3)) problems.push(`${where}, prop "${String(prop.kind)}": "x" must be a number of body heights, within 3`);
  }
  if (pose.cycleSeconds !== undefined && !(typeof pose.cycleSeconds === 'number' && pose.cycleSeconds >= 1 && pose.cycleSeconds <= 60)) problems.push(`${where}: "cycleSeconds" must be 1 to 60`);
  return problems;
}

/** The anchor stays put, so it must touch in every pose ("knees" includes "far-knee"). */
function touchesWithAnchor(contacts: readonly string[], anchor: string): boolean {
  const anchorPoint = contactPoints[anchor as ContactName]?.[0];
  return anchorPoint !== undefined && contacts.some((contact) => contactPoints[contact as ContactName]?.includes(anchorPoint));
}

function chainLoops(poses: Readonly<Record<string, RawPose>>, start: string): boolean {
  const visited = new Set<string>();
  let current: string | undefined = start;
  while (current !== undefined) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = poses[current]?.base;
  }
  return false;
}
