/**
 * Finds whose measurement an id is: corrections and retractions name only the measurement. The
 * class doubles as the dependency-injection token; a view implements it.
 */
export abstract class MeasurementLocator {
  /** The participant the measurement was recorded for, or undefined when no measurement has that id. */
  abstract participantOf(measurementId: string): Promise<string | undefined>;
}
