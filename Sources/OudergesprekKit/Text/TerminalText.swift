/// Makes text from files or users safe to print: no control characters, no terminal escape sequences.
public enum TerminalText {
  /// Replaces control characters (C0, DEL, C1) except newline and tab with a visible `�`-free placeholder,
  /// so that an escape sequence in a scenario cannot move the cursor, change colours or retitle the window.
  public static func neutralize(_ text: String, keepNewlines: Bool = false) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A where keepNewlines: result.append(scalar)
      case 0x09: result.append(" ")
      case 0x0A, 0x0D: result.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: result.append("\u{FFFD}")
      case 0x202A...0x202E, 0x2066...0x2069: break  // bidirectional overrides that disguise text
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
