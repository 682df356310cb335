/// How text is decorated on the way out: ANSI colours on a terminal, plain text everywhere else.
///
/// Decided once, at the edge (a TTY, `TERM` not dumb, `NO_COLOR` unset); the kit only asks it to decorate.
public struct TextStyle: Sendable, Equatable {
  /// The colours used.
  public enum Color: String, Sendable {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case magenta = "35"
    case cyan = "36"
    case gray = "90"
  }

  public var usesColor: Bool

  public init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  public static let plain = TextStyle(usesColor: false)

  public func bold(_ text: String) -> String {
    usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  public func color(_ color: Color, _ text: String) -> String {
    usesColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// Whether colour should be used, from the facts only the edge knows.
  public static func decide(isTerminal: Bool, environment: [String: String]) -> TextStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"].map { $0.isEmpty || $0 == "dumb" } ?? true
    return TextStyle(usesColor: isTerminal && !noColor && !dumb)
  }
}
