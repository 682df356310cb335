import OudergesprekKit
import Testing

@Suite("Grafieken in de terminal")
struct TextChartTests {
  @Test("elke kolom van de emotiegrafiek is zo hoog als de intensiteit", arguments: [[6, 7, 4, 2], [0, 10, 5], [3]])
  func columnHeights(values: [Int]) {
    let rows = TextChart.intensity(values).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(rows.count == 12)
    let bars = Array(rows.prefix(10))
    for (index, value) in values.enumerated() {
      let column = 4 + 3 * index + 2
      let height = bars.filter { row in
        let characters = Array(row)
        return characters.count > column && characters[column] == "█"
      }.count
      #expect(height == value)
    }
    #expect(rows[11].hasSuffix(values.count == 1 ? "s" : String(values.count - 1)))
  }

  @Test("de grafiek gebruikt geen kleurcodes")
  func noColour() {
    #expect(!TextChart.intensity([5, 9]).contains("\u{1B}"))
  }

  @Test("een sparkline schaalt tussen laag en hoog")
  func sparkline() {
    #expect(TextChart.sparkline([0, 0.5, 1], low: 0, high: 1) == "▁▅█")
    #expect(TextChart.sparkline([3, 3], low: 0, high: 0) == "▁▁")
  }

  @Test("een balk vult naar verhouding")
  func bar() {
    #expect(TextChart.bar(0.25, width: 8) == "██░░░░░░")
    #expect(TextChart.bar(1.5, width: 4) == "████")
  }
}
