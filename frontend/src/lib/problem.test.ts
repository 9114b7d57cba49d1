import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/api/problem-error';
import { i18n } from '@/lib/i18n';
import { fieldProblems, problemMessage } from './problem';

const t = i18n.getFixedT('zh-CN');

describe('fieldProblems', () => {
  it('maps field paths to form fields, translating known codes', () => {
    const error = new ProblemError({
      type: 'https://dossier.app/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'creditCode', code: 'creditCode.checkCharacter', message: 'wrong check' },
        { field: 'createCustomer.body.email', message: '邮箱格式不正确' },
        { field: 'email', code: 'email.unknownCode', message: '邮箱已被占用' },
        { field: 'limit', message: 'not a form field' },
      ],
    });

    expect(fieldProblems(error, t, ['creditCode', 'email', 'name'] as const)).toEqual([
      { name: 'creditCode', errors: ['统一社会信用代码校验位错误'] },
      { name: 'email', errors: ['邮箱格式不正确', '邮箱已被占用'] },
    ]);
  });

  it('ignores errors that are not problems', () => {
    expect(fieldProblems(new Error('x'), t, ['name'] as const)).toEqual([]);
  });
});

describe('problemMessage', () => {
  it('prefers the server detail, and has its own words for generic statuses', () => {
    const problem = (status: number, detail?: string) =>
      new ProblemError({ type: 'about:blank', title: 'T', status, detail });
    expect(problemMessage(problem(409, '档案已归档'), t)).toBe('档案已归档');
    expect(problemMessage(problem(412, 'stale'), t)).toBe('该档案已被他人修改，请重新加载后再编辑');
    expect(problemMessage(problem(403), t)).toBe('您没有权限执行此操作');
    expect(problemMessage(problem(404, 'No customer with this id.'), t)).toBe(
      '未找到该记录，或不在您的查看范围内',
    );
    expect(problemMessage(problem(429, 'Too many requests'), t)).toBe('请求过于频繁，请稍后再试');
    expect(problemMessage(new TypeError('Failed to fetch'), t)).toBe('无法连接服务器');
  });
});
