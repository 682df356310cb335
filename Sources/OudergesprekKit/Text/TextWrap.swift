/// Wraps prose to a width, keeping an indent, for briefings and role cards.
public enum TextWrap {
  /// Wraps `text` to `width` columns; the first line starts with `indent`, later lines with `hangingIndent`
  /// (the same as `indent` when not given), so that list items line up under their text.
  public static func wrap(_ text: String, width: Int = 78, indent: String = "", hangingIndent: String? = nil) -> String
  {
    let hanging = hangingIndent ?? indent
    var lines: [String] = []
    var current = indent
    var currentIndent = indent
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if current.count > currentIndent.count && current.count + 1 + word.count > width {
        lines.append(current)
        current = hanging
        currentIndent = hanging
      }
      current += (current.count > currentIndent.count ? " " : "") + word
    }
    if current.count > currentIndent.count { lines.append(current) }
    return lines.joined(separator: "\n")
  }
}
