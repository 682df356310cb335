/// A line of a marker model's data file that does not read.
public struct MarkerModelFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line number, from 1.
  public var line: Int
  /// The line as it stands.
  public var text: String

  public var description: String {
    "regel \(line) van het modelbestand is geen 'kenmerk|marker|gewicht': \(text)"
  }
}
