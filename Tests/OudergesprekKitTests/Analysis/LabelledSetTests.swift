import OudergesprekKit
import Testing

@Suite("Gelabelde set lezen (--evalueer)")
struct LabelledSetTests {
  @Test("Labels met delen, ik-delen, '-' en commentaar worden gelezen")
  func parsesLabels() throws {
    let text = """
      # labels\treply
      ik-boodschap(gedrag+gevoel),open-vraag\tIk maak me zorgen. Hoe gaat het thuis?

      ik-delen(gevolg)\tDaardoor kan ik niet lesgeven.
      -\tGoedemiddag.
      """
    let set = try LabelledSet(parsing: text, path: "set.tsv")
    #expect(set.replies.count == 3)
    #expect(set.replies[0].markers == [.ikBoodschap, .openVraag])
    #expect(set.replies[0].parts == [.gedrag, .gevoel])
    #expect(set.replies[1].markers.isEmpty && set.replies[1].parts == [.gevolg])
    #expect(set.replies[2].line == 5 && set.replies[2].markers.isEmpty)
  }

  @Test(
    "Een fout in het bestand geeft een Nederlandse melding met bestand en regel",
    arguments: [
      ("open-vraag Hoe gaat het?", "set.tsv:1: geen tab"),
      ("open-vrag\tHoe gaat het?", "set.tsv:1: onbekend label 'open-vrag'; bedoelt u 'open-vraag'?"),
      ("ik-boodschap(gedrag+gevoelens)\tIk ben boos.", "set.tsv:1: onbekend deel 'gevoelens'"),
      ("open-vraag\t   ", "set.tsv:1: het antwoord na de tab is leeg"),
      ("\tHoe gaat het?", "set.tsv:1: geen labels"),
    ])
  func reportsLine(_ line: String, _ message: String) {
    #expect {
      try LabelledSet(parsing: line, path: "set.tsv")
    } throws: { error in
      (error as? LabelledSetError)?.description.hasPrefix(message) == true
    }
  }

  @Test("Het rapport telt per marker en familie en noemt de fouten")
  func report() throws {
    let set = try LabelledSet(
      parsing: "gevoelsreflectie\tU klinkt boos.\nadviseren\tIk hoor dat u boos bent.\n-\tGoedemiddag.", path: "x.tsv")
    let report = EvaluationReport(set: set, analyzer: DutchReplyAnalyzer())
    let reflection = report.markers[.gevoelsreflectie]!
    #expect(reflection.truePositives == 1 && reflection.falsePositives == 1)
    #expect(report.markers[.adviseren]!.falseNegatives == 1)
    #expect(report.families[.luisteren]!.precision == 0.5)
    #expect(report.misses.map(\.reply.line) == [2])
    let rendered = report.rendered()
    #expect(rendered.contains("regel 2: Ik hoor dat u boos bent."))
    #expect(rendered.contains("verwacht: adviseren"))
    #expect(rendered.contains("Macro-F1"))
  }
}
