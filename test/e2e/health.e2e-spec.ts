import { Logger } from '@nestjs/common';
import { EventStore } from '@outcome/event-store';
import { ReadStore } from '@outcome/read-models';
import { startTestApi, type TestApi } from './support/test-api';

/** What a driver says when it cannot connect: host, port and user, none for the public. */
const DRIVER_DETAIL = 'connect ECONNREFUSED 10.20.30.40:5433 (user outcome_owner)';

describe('GET /health with a store down', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi('sqlite')));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  it('answers 503 saying the event store is unreachable, and logs the driver’s words instead', async () => {
    jest.spyOn(api.app.get(EventStore), 'readHeadPosition').mockRejectedValue(new Error(DRIVER_DETAIL));
    const warn = jest.spyOn(Logger.prototype, 'warn');

    const answer = await api.http.get('/health');

    expect(answer.status).toBe(503);
    expect(answer.body.details.eventStore).toEqual({ status: 'down', kind: 'sqlite', reason: 'unreachable' });
    expect(answer.text).not.toContain('10.20.30.40');
    expect(answer.text).not.toContain('outcome_owner');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(DRIVER_DETAIL));
  });

  it('answers 503 saying the views’ store timed out when it does not answer', async () => {
    const readStore = api.app.get(ReadStore);
    const read = readStore.read.bind(readStore);
    jest.spyOn(readStore, 'read').mockImplementation(async (work) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      return read(work);
    });

    const answer = await api.http.get('/health');

    expect(answer.status).toBe(503);
    expect(answer.body.details.readStore).toEqual({ status: 'down', kind: 'sqlite', reason: 'timed out' });
  }, 10_000);
});
