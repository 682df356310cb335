/// A place in a source file: 1-based line and column (column counted in characters).
public struct SourceLocation: Sendable, Equatable, Hashable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of a file.
  public static let start = SourceLocation(line: 1, column: 1)
}
