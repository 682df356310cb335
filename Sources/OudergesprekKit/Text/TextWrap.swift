import Foundation

/// Wraps prose to a width, keeping an indent, for briefings and role cards.
public enum TextWrap {
  /// The width prose is wrapped to when no width is given: 78 columns, or what the host set with
  /// `setWidthProvider` (the terminal's width, asked again for every text, so a resized window is followed).
  public static var defaultWidth: Int { provider.width() ?? 78 }

  /// Lets the host tell the width to wrap to (nil: the standard 78), e.g. the terminal's columns.
  public static func setWidthProvider(_ width: @escaping @Sendable () -> Int?) {
    provider.set(width)
  }

  private static let provider = WidthProvider()

  /// Wraps `text` to `width` columns, counted as the terminal shows them (accents, wide characters and colour
  /// codes included); the first line starts with `indent`, later lines with `hangingIndent` (the same as
  /// `indent` when not given), so that list items line up under their text. Lines break between words only.
  public static func wrap(_ text: String, width: Int? = nil, indent: String = "", hangingIndent: String? = nil)
    -> String
  {
    let width = width ?? defaultWidth
    let hanging = hangingIndent ?? indent
    var lines: [String] = []
    var current = indent
    var columns = DisplayWidth.of(indent)
    var indentColumns = columns
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let wordColumns = DisplayWidth.of(word)
      if columns > indentColumns && columns + 1 + wordColumns > width {
        lines.append(current)
        current = hanging
        columns = DisplayWidth.of(hanging)
        indentColumns = columns
      }
      if columns > indentColumns {
        current += " "
        columns += 1
      }
      current += word
      columns += wordColumns
    }
    if columns > indentColumns { lines.append(current) }
    return lines.joined(separator: "\n")
  }

  /// Fits text that is already laid out into `width` columns: every line that is too wide is wrapped between
  /// words, its continuation lines indented under its text (after the leading spaces and a list mark such as
  /// `- `, `» ` or `1. `, at most half the width). Lines that fit are kept as they are.
  /// `column` is where the cursor already stands on the first row (after a prompt); the first line's
  /// continuation rows are then indented under the prompt's end.
  public static func fit(_ text: String, width: Int, column: Int = 0) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line -> String in
      let offset = number == 0 ? min(column, width / 2) : 0
      let placeholder = String(repeating: " ", count: offset)
      let line = placeholder + line
      guard DisplayWidth.of(line) > width else { return String(line.dropFirst(offset)) }
      let hanging = String(repeating: " ", count: min(hangingColumns(of: line), width / 2))
      let leading = String(line.prefix { $0 == " " })
      let wrapped = wrap(String(line.dropFirst(leading.count)), width: width, indent: leading, hangingIndent: hanging)
      return String(wrapped.dropFirst(offset))
    }.joined(separator: "\n")
  }

  /// Where the text of a laid-out line starts: after its leading spaces and a list mark.
  static func hangingColumns(of line: String) -> Int {
    let plain = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    let spaces = plain.prefix { $0 == " " }.count
    let rest = plain.dropFirst(spaces)
    for mark in ["- ", "* ", "» ", "• ", "> "] where rest.hasPrefix(mark) { return spaces + mark.count }
    let digits = rest.prefix { $0.isNumber }
    if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") { return spaces + digits.count + 2 }
    return spaces
  }
}

/// The host's width, behind a lock: set once at start, read from any thread.
private final class WidthProvider: @unchecked Sendable {
  private let lock = NSLock()
  private var provide: @Sendable () -> Int? = { nil }

  func set(_ width: @escaping @Sendable () -> Int?) { lock.withLock { provide = width } }
  func width() -> Int? { lock.withLock { provide }() }
}
