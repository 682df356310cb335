import OudergesprekKit
import Testing

@Suite("De geschiedenis van antwoorden en haar bestand")
struct EditHistoryTests {
  @Test("lege regels en herhalingen komen er niet in; de oudste gaan eruit boven de grens")
  func bounded() {
    var history = EditHistory(limit: 3)
    for entry in ["een", "", "  ", "twee", "twee", "drie", "vier"] { history.add(entry) }
    #expect(history.entries == ["twee", "drie", "vier"])
  }

  @Test("een geplakt document van meer dan 10.000 tekens komt niet in de geschiedenis")
  func longEntry() {
    var history = EditHistory()
    history.add(String(repeating: "a", count: EditHistory.maximumLength + 1))
    history.add(String(repeating: "b", count: EditHistory.maximumLength))
    #expect(history.entries.map(\.count) == [EditHistory.maximumLength])
  }

  @Test("een antwoord van meer regels en backslashes blijft één regel in het bestand en komt heel terug")
  func fileRoundTrip() {
    let history = EditHistory(["Eerste regel.\nTweede regel.", "c:\\map\\n", "gewoon"])
    #expect(history.fileText.split(separator: "\n").count == 3)
    #expect(EditHistory(fileText: history.fileText).entries == history.entries)
  }

  @Test("uit een te groot bestand alleen de nieuwste regels")
  func limitOnLoad() {
    let text = (1...20).map { "antwoord \($0)\n" }.joined()
    #expect(EditHistory(fileText: text, limit: 5).entries == (16...20).map { "antwoord \($0)" })
  }
}
