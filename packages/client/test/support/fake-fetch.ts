// An injected fetch that answers from a script and records every request it was given.
export type Answer = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface FakeFetch {
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Every request, as a standard Request (body still readable). */
  requests: Request[];
}

/** Answers the n-th request with the n-th answer; a request beyond the script fails the test. */
export function fakeFetch(...answers: Answer[]): FakeFetch {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    // As fetch does: an aborted signal fails the call before anything is sent.
    request.signal.throwIfAborted();
    requests.push(request);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(request) : answer;
  };
  return { fetch, requests };
}

/** An answer that never comes: it settles only when the request's signal aborts. */
export const hang = (request: Request): Promise<Response> =>
  new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
