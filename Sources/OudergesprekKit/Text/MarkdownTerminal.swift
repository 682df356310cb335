import Foundation

/// The report's Markdown laid out for reading in a terminal: headings in bold and underlined, tables as aligned
/// columns (or, when too wide, one block per row), lists and paragraphs wrapped with hanging indents, code blocks
/// (the emotion chart) kept as they are, and no `**`, backticks or `|---|` left over.
public enum MarkdownTerminal {
  /// `markdown` for a terminal `width` columns wide (`TextWrap.defaultWidth` when not given).
  public static func render(_ markdown: String, style: TextStyle, width: Int? = nil) -> String {
    let width = width ?? TextWrap.defaultWidth
    var output: [String] = []
    var table: [[String]] = []
    var inCode = false
    func flushTable() {
      if !table.isEmpty { output += self.table(table, style: style, width: width) }
      table = []
    }
    for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if line.hasPrefix("```") {
        flushTable()
        inCode.toggle()
        continue
      }
      if inCode {
        output.append("  " + line)
        continue
      }
      if line.hasPrefix("|") {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
          .map { $0.trimmingCharacters(in: .whitespaces) }
        if !cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { table.append(cells.map(inline)) }
        continue
      }
      flushTable()
      output += block(line, style: style, width: width)
    }
    flushTable()
    return output.joined(separator: "\n")
  }

  /// One line of Markdown outside tables and code.
  static func block(_ line: String, style: TextStyle, width: Int) -> [String] {
    let hashes = line.prefix { $0 == "#" }.count
    if hashes > 0, line.dropFirst(hashes).hasPrefix(" ") {
      let title = inline(String(line.dropFirst(hashes + 1)))
      let shown = TextWrap.wrap(title, width: width)
      let rule =
        hashes <= 2 ? [String(repeating: hashes == 1 ? "═" : "─", count: min(width, DisplayWidth.of(title)))] : []
      return [style.bold(shown)] + rule
    }
    if line.trimmingCharacters(in: .whitespaces).isEmpty { return [""] }
    let spaces = line.prefix { $0 == " " }.count
    let rest = line.dropFirst(spaces)
    let digits = rest.prefix { $0.isNumber }
    var mark = ""
    if rest.hasPrefix("- ") || rest.hasPrefix("* ") {
      mark = "- "
    } else if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
      mark = digits + ". "
    }
    let text = inline(String(rest.dropFirst(mark.count)), style: style)
    let indent = String(repeating: " ", count: spaces)
    let checkbox = text.hasPrefix("[x] ") || text.hasPrefix("[ ] ") ? 4 : 0
    return [
      TextWrap.wrap(
        text, width: width, indent: indent + mark,
        hangingIndent: String(repeating: " ", count: spaces + mark.count + checkbox))
    ]
  }

  /// A table: aligned columns when they fit, else one block per row with the column names.
  static func table(_ rows: [[String]], style: TextStyle, width: Int) -> [String] {
    guard let header = rows.first else { return [] }
    let columns = header.count
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.prefix(columns).enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    let total = widths.reduce(0, +) + 2 * (columns - 1) + 2
    if total <= width {
      return rows.enumerated().map { number, row in
        let cells = (0..<columns).map { index -> String in
          let cell = index < row.count ? row[index] : ""
          return cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
        }
        let line = "  " + cells.joined(separator: "  ")
        let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
        return number == 0 ? style.bold(trimmed) : trimmed
      }
    }
    var lines: [String] = []
    for row in rows.dropFirst() {
      lines.append("- " + style.bold(row.first ?? ""))
      for index in 1..<columns where index < row.count && !row[index].isEmpty {
        lines.append(
          TextWrap.wrap("\(header[index]): \(row[index])", width: width, indent: "    ", hangingIndent: "      "))
      }
    }
    return lines
  }

  /// Inline Markdown without its marks: `**bold**` (bold on a terminal), `_italic_`, `` `code` ``, `~~struck~~`.
  static func inline(_ text: String) -> String { inline(text, style: .plain) }

  static func inline(_ text: String, style: TextStyle) -> String {
    var text = text
    text = replace(#"\*\*(.+?)\*\*"#, in: text) { style.bold($0) }
    text = replace(#"~~(.+?)~~"#, in: text) { $0 }
    text = replace(#"`([^`]*)`"#, in: text) { $0 }
    text = replace(#"(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])"#, in: text) { $0 }
    return text
  }

  private static func replace(_ pattern: String, in text: String, with transform: (String) -> String) -> String {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
    let source = text as NSString
    var result = ""
    var last = 0
    for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
      result += source.substring(with: NSRange(location: last, length: match.range.location - last))
      result += transform(source.substring(with: match.range(at: 1)))
      last = match.range.location + match.range.length
    }
    return result + source.substring(from: last)
  }
}
