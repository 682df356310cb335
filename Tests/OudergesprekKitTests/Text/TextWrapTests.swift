import Testing

@testable import OudergesprekKit

@Suite("Tekst omslaan op de breedte van het venster")
struct TextWrapTests {
  @Test("omslaan tussen woorden, geteld in kolommen: accenten, kleurcodes en brede tekens", arguments: [20, 33, 50])
  func wrapsBetweenWords(width: Int) {
    let style = TextStyle(usesColor: true)
    let text = "Zoë's cijfers zijn één voor één gedaald " + style.bold("achter elkaar") + " en 日本語 ook."
    let wrapped = TextWrap.wrap(text, width: width, indent: "  ", hangingIndent: "    ")
    for row in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(row) <= width, "\(row)") }
    let words = wrapped.split(whereSeparator: { $0 == " " || $0 == "\n" })
    #expect(words.count == text.split(separator: " ").count, "geen woord gebroken")
  }

  @Test("fit: een te brede regel loopt door onder zijn tekst (lijstteken, inspringing, na een prompt)")
  func fitKeepsHangingIndent() {
    let line = "  » Goed: je benoemt het gevoel van de ouder (gevoelsreflectie). Laat daarna een stilte vallen."
    let rows = TextWrap.fit(line, width: 40).split(separator: "\n")
    #expect(rows.count > 1)
    for row in rows.dropFirst() { #expect(row.hasPrefix("    ") && !row.hasPrefix("     ")) }
    #expect(TextWrap.fit("kort", width: 40) == "kort")
    let echoed = TextWrap.fit(
      "Zullen we donderdag om vier uur verder praten, met de zorgcoördinator erbij?", width: 40, column: 5)
    let echoRows = echoed.split(separator: "\n")
    #expect(DisplayWidth.of(echoRows[0]) + 5 <= 40)
    for row in echoRows.dropFirst() { #expect(row.hasPrefix("     ") && DisplayWidth.of(row) <= 40) }
  }

  @Test("Markdown voor de terminal: geen kopjestekens, tabelstrepen, sterretjes of backticks; tabellen uitgelijnd")
  func markdownForTerminal() {
    let markdown = """
      # Verslag

      | Criterium | Jij | Analyse |
      |---|---|---|
      | ik-boodschappen | 3/5 | 4/5 |

      - **Datum:** 2 december
      - Beurt 1 (`aanzet`): _(gedrag)_

      ```
      10 │ █
      ```
      """
    let shown = MarkdownTerminal.render(markdown, style: .plain, width: 60)
    for mark in ["# ", "|", "**", "`", "_("] { #expect(!shown.contains(mark), "\(mark)") }
    let rows = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = rows.first { $0.contains("Criterium") }!
    let row = rows.first { $0.contains("ik-boodschappen") }!
    #expect(
      header.range(of: "Analyse")!.lowerBound.utf16Offset(in: header)
        == row.range(of: "4/5")!.lowerBound.utf16Offset(in: row))
    #expect(rows.contains("  10 │ █"), "de grafiek blijft staan")
  }
}
