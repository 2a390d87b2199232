import { defineRule, isNonEmptyString, NOT_APPLICABLE, textOf } from '../src/rule-kit/index.js';
import { findTerm } from './support/lexicon.js';
import { wordList } from './support/options.js';
import { isPrincipalPost, principalOptionSchemas } from './support/principal.js';

interface Options {
  topics: string[];
  principalTitles: string[];
  notPrincipalTitles: string[];
}

const TOPICS = ['民主集中制', '三重一大', '八项规定', '廉政风险', '议事决策'];

export default defineRule<Options>({
  meta: {
    id: 'principal-owns-key-problems',
    type: 'suggestion',
    category: 'accountability',
    defaultSeverity: 'warn',
    weight: 2,
    docs: {
      description: {
        zh: '涉及民主集中制、“三重一大”、八项规定、廉政风险、议事决策的问题，由主要负责人任责任领导',
        en: 'Problems about 民主集中制, 三重一大, 八项规定, 廉政风险 or 议事决策 have the principal as responsible leader',
      },
      basis: '一把手主动担任落实民主集中制、推动科学民主决策、加强廉政风险防控、贯彻执行中央八项规定精神等重要问题的整改责任人 (黑河市委巡察办, L-heihe); practice A3',
    },
    messages: {
      notPrincipal: {
        zh: '问题 {{id}} 涉及“{{topic}}”，责任领导应为主要负责人，而不是“{{leader}}”',
        en: 'problem {{id}} concerns {{topic}}: its responsible leader should be the principal, not "{{leader}}"',
      },
    },
    options: {
      type: 'object',
      properties: {
        topics: wordList(TOPICS, 'Topics whose problems the principal owns, matched in the problem’s title and feedback.'),
        ...principalOptionSchemas,
      },
      additionalProperties: false,
    },
  },
  create(context) {
    // The principal's name: the first responsible person's, or the leading group leader's when a principal's post is theirs.
    const organization = context.plan.organization;
    const groupLeader = organization?.leadingGroup?.leader;
    const names = [organization?.firstResponsible?.name, isNonEmptyString(groupLeader?.post) && isPrincipalPost(groupLeader.post, context.options) ? groupLeader.name : undefined].filter(isNonEmptyString);
    return {
      problem(problem, path, scope) {
        const topic = findTerm(`${textOf(problem.title)}\n${textOf(problem.feedback)}`, context.options.topics);
        // A sub-item without its own leader has the nearest enclosing problem's.
        const leader = problem.responsibleLeader ?? scope.ancestors.find((a) => a.responsibleLeader !== undefined)?.responsibleLeader;
        if (!topic || !isNonEmptyString(leader)) return NOT_APPLICABLE;
        const isPrincipal = isPrincipalPost(leader, context.options) || names.some((name) => leader.includes(name));
        if (!isPrincipal) {
          const at = problem.responsibleLeader !== undefined ? [...path, 'responsibleLeader'] : path;
          context.report({ path: at, messageId: 'notPrincipal', data: { id: problem.id ?? '', topic, leader } });
        }
        return undefined;
      },
    };
  },
});
