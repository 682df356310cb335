/// Wraps prose to a width, keeping an indent, for briefings and role cards.
public enum TextWrap {
  public static func wrap(_ text: String, width: Int = 78, indent: String = "") -> String {
    var lines: [String] = []
    var current = indent
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if current.count > indent.count && current.count + 1 + word.count > width {
        lines.append(current)
        current = indent
      }
      current += (current.count > indent.count ? " " : "") + word
    }
    if current.count > indent.count { lines.append(current) }
    return lines.joined(separator: "\n")
  }
}
