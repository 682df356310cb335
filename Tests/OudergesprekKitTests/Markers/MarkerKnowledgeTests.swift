import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Marker knowledge")
struct MarkerKnowledgeTests {
  /// `docs/gespreksmarkers.md` with every run of whitespace as one space, so line wrapping does not matter.
  static let documentation: String = {
    let url = Fixtures.packageRoot.appendingPathComponent("docs/gespreksmarkers.md")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }()

  @Test func oneEntryPerMarkerInContractOrder() {
    #expect(MarkerKnowledge.all.map(\.marker) == Marker.allCases)
  }

  @Test(arguments: Marker.allCases)
  func everyFieldIsFilled(marker: Marker) {
    let entry = marker.knowledge
    for text in [entry.name, entry.explanation, entry.example, entry.colleaguePresent, entry.colleaguePast] {
      #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty)
    }
    let hindersTheTalk = marker.isBlockade || marker == .jijBoodschap
    #expect((entry.praise == nil) == hindersTheTalk, "praise only for a marker that is good in itself")
    #expect((entry.advice != nil) == hindersTheTalk, "advice for every blockade and the jij-boodschap")
    #expect((entry.alternative != nil) == hindersTheTalk, "a better reply for every blockade and jij-boodschap")
  }

  @Test(arguments: Marker.allCases)
  func namesAreUnique(marker: Marker) {
    let same = MarkerKnowledge.all.filter { $0.name == marker.knowledge.name || $0.example == marker.knowledge.example }
    #expect(same.map(\.marker) == [marker])
  }

  @Test func blameIsRudeInClosingAndNeverGoodListening() {
    for entry in MarkerKnowledge.all where entry.blames {
      #expect(entry.rudeInClosing, "\(entry.marker.id) blames but is not rude in closing words")
    }
    let good = MarkerKnowledge.all.filter { !$0.marker.isBlockade && $0.marker != .jijBoodschap }
    #expect(good.filter { $0.rudeInClosing || $0.blames }.map(\.marker) == [])
    #expect(EndingRubric.rudeMarkers.contains(.jijBoodschap))
    #expect(!EndingRubric.rudeMarkers.contains(.adviseren))
  }

  /// The doc explains every marker with the table's explanation and example, in a list item or a table row.
  @Test(arguments: Marker.allCases)
  func documentationAgreesWithTheTable(marker: Marker) {
    let entry = marker.knowledge
    let listItem = "**`\(marker.id)`**: \(entry.explanation). Voorbeeld: \"\(entry.example)\""
    let tableRow = "| `\(marker.id)` | \(entry.explanation) | \"\(entry.example)\" |"
    let doc = Self.documentation
    #expect(doc.contains(listItem) || doc.contains(tableRow), "docs/gespreksmarkers.md differs for \(marker.id)")
  }

  /// The doc describes no marker the program does not know.
  @Test func documentationNamesOnlyKnownMarkers() throws {
    let doc = Self.documentation
    let described = try Regex(#"(?:\*\*`|^\| `|\s\| `)([a-z-]+)`"#)
    let ids = Set(doc.matches(of: described).compactMap { $0.output[1].substring.map(String.init) })
    let parts = Set(IMessagePart.allCases.map(\.rawValue))
    #expect(ids.count > Marker.allCases.count / 2)
    #expect(ids.subtracting(parts).subtracting(Marker.allCases.map(\.id)).sorted() == [])
  }

  @Test func checklistNamesTheTwelveBlockades() {
    let item = GordonChecklist.items.first { $0.hasPrefix("Vermijd de twaalf blokkades") } ?? ""
    for marker in MarkerFamily.blokkade.markers { #expect(item.contains(marker.knowledge.name)) }
    #expect(MarkerFamily.blokkade.markers.count == 12)
  }
}
