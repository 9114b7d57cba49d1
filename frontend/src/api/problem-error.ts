import type { components } from '@/api/generated/schema';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

/** An RFC 9457 problem answered by the API, thrown by the client for every failed request. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly traceId?: string;
  readonly errors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.traceId = problem.traceId;
    this.errors = problem.errors ?? [];
  }

  /** Builds the error from a failed response, whatever its body. */
  static async fromResponse(response: Response): Promise<ProblemError> {
    const contentType = response.headers.get('Content-Type') ?? '';
    if (contentType.includes('json')) {
      try {
        const body = (await response.clone().json()) as Partial<Problem>;
        if (body && typeof body === 'object') {
          return new ProblemError({
            ...body,
            type: body.type ?? 'about:blank',
            title: body.title ?? (response.statusText || `HTTP ${response.status}`),
            status: typeof body.status === 'number' ? body.status : response.status,
            traceId: body.traceId ?? response.headers.get('traceparent') ?? undefined,
          });
        }
      } catch {
        // Not JSON after all: fall through to a generic problem.
      }
    }
    return new ProblemError({
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
    });
  }
}

export function isProblem(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}
