import { defineRule, isNonEmptyString, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { aspectPlace, counterpartTask, measuresHaveIds, measuresOf, quoted } from './support/against-plan.js';

export default defineRule({
  meta: {
    id: 'problem-dropped',
    scope: 'previous',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'error',
    weight: 3,
    docs: {
      description: {
        zh: '报告逐一交代所依据方案中的每个问题和每项整改任务：方案有、报告没有的即为漏报（按编号对应，编号变了按标题对应）',
        en: 'The report accounts for every problem and task of the plan it is based on (matched by id, else by title); one the report lacks is dropped',
      },
      basis: '反馈问题是否一一回应 (L-baoshan); 照单整改、对账销号 (L-ytu, L-donghai); 每季度报送直至问题全部整改完毕 (L-heihe)',
    },
    messages: {
      dropped: {
        zh: '方案中的问题 {{id}}“{{title}}”（{{relatedPlace}}）在报告中没有下落',
        en: 'problem {{id}} "{{title}}" of the plan ({{relatedPlace}}) is missing from the report',
      },
      taskDropped: {
        zh: '方案中问题 {{problemId}} 的整改任务 {{id}}“{{text}}”（{{relatedPlace}}）在报告中没有下落',
        en: 'task {{id}} "{{text}}" of problem {{problemId}} in the plan ({{relatedPlace}}) is missing from the report',
      },
      matchedByTitle: {
        zh: '方案中的问题 {{planId}}（{{relatedPlace}}）按标题对应本问题 {{id}}（相似度 {{similarity}}%）',
        en: 'problem {{planId}} of the plan ({{relatedPlace}}) is matched to this problem {{id}} by its title ({{similarity}}% similar)',
      },
    },
  },
  create(context) {
    const previous = context.previous!;
    return {
      'previous:problem'(problem, path, scope) {
        // A sub-item of a dropped problem went with it: reported once, on the problem.
        if (scope.ancestors.some((ancestor) => !previous.successorOf(ancestor))) return NOT_APPLICABLE;
        const successor = previous.successorOf(problem);
        if (!successor) {
          context.report({ path: aspectPlace(context.plan, scope.aspect), messageId: 'dropped', data: { id: problem.id ?? '', title: quoted(problem.title) }, related: [{ in: previous, path }] });
          return undefined;
        }
        if (successor.by === 'title') {
          const data = { planId: problem.id ?? '', id: successor.problem.id ?? '', similarity: Math.round((successor.similarity ?? 0) * 100) };
          context.report({ path: [...successor.path, 'title'], messageId: 'matchedByTitle', maxSeverity: 'info', data, related: [{ in: previous, path: [...path, 'title'] }] });
        }
        // Tasks are told apart by their ids, when both documents give them; otherwise measures-reduced counts them.
        if (!measuresHaveIds(successor.problem)) return undefined;
        for (const { measure, index } of measuresOf(problem)) {
          if (!isNonEmptyString(measure.id) || counterpartTask(successor.problem, problem, measure.id)) continue;
          context.report({
            path: [...successor.path, 'measures'],
            messageId: 'taskDropped',
            data: { problemId: problem.id ?? '', id: measure.id, text: quoted(measure.text) },
            related: [{ in: previous, path: [...path, 'measures', index] }],
          });
        }
        return undefined;
      },
    };
  },
});
