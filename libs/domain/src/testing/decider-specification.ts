import type { DomainError } from '../shared/domain-error';

interface Decider<Command, Event, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
}

type ErrorClass = new (...args: never[]) => DomainError;

/** `given(events).when(command).then(events)`, emmett style, for any decider. */
export function deciderSpecification<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given: (history: readonly Event[]) => ({
      when: (command: Command) => {
        const decide = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
        return {
          then: (expected: readonly Event[]) => expect(decide()).toEqual(expected),
          thenThrows: (errorClass: ErrorClass, message?: string | RegExp) => {
            expect(decide).toThrow(errorClass);
            if (message !== undefined) expect(decide).toThrow(message);
          },
        };
      },
    }),
  };
}
