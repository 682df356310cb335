/// Small charts drawn with plain Unicode characters: readable in any terminal, without colour, and in Markdown.
public enum TextChart {
  /// A column chart of intensities 0 to 10 over the turns: one column per point, labelled `s` (start), 1, 2, ...
  public static func intensity(_ values: [Int]) -> String {
    guard !values.isEmpty else { return "(geen gegevens)" }
    let width = values.count > 20 ? 2 : 3
    var lines: [String] = []
    for level in stride(from: 10, through: 1, by: -1) {
      let label = level % 2 == 0 ? pad(String(level), 2, left: true) : "  "
      var row = label + " │"
      for value in values {
        let cell = value >= level ? "█" : " "
        row += String(repeating: " ", count: width - 1) + cell
      }
      lines.append(trimTrailing(row))
    }
    lines.append(" 0 └" + String(repeating: "─", count: values.count * width + 1))
    var axis = "    "
    for index in values.indices {
      let label = index == 0 ? "s" : String(index)
      axis += pad(label, width, left: true)
    }
    lines.append(axis)
    return lines.joined(separator: "\n")
  }

  /// A sparkline: one block character per value, scaled between `low` and `high`.
  public static func sparkline(_ values: [Double], low: Double, high: Double) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    guard high > low else { return String(repeating: "▁", count: values.count) }
    return String(
      values.map { value in
        let fraction = min(1, max(0, (value - low) / (high - low)))
        return blocks[Int((fraction * Double(blocks.count - 1)).rounded())]
      })
  }

  /// A horizontal bar for a share from 0 to 1: `██████░░░░`.
  public static func bar(_ share: Double, width: Int = 20) -> String {
    let filled = Int((min(1, max(0, share)) * Double(width)).rounded())
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  private static func pad(_ text: String, _ width: Int, left: Bool) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? padding + text : text + padding
  }

  private static func trimTrailing(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
