import Testing

@testable import OudergesprekKit

/// The parent's acceptance echoes a relative time as the teacher said it.
@Suite("Een voorstel met een tijd ten opzichte van nu")
struct ProposalEchoRelativeTests {
  @Test(
    "de ouder neemt de tijd over zoals de docent die noemde",
    arguments: [
      ("Zullen we over twee weken weer samen kijken?", "over twee weken"),
      ("Ik stel voor dat we na de herfstvakantie evalueren.", "na de herfstvakantie"),
      ("Ik bel u over drie dagen, is dat goed?", "over drie dagen"),
      ("Zullen we volgende week even bellen?", "volgende week"),
      ("Dan bel ik u morgen na schooltijd.", "morgen na schooltijd"),
    ])
  func echoed(text: String, phrase: String) {
    #expect(ProposalEcho.phrase(in: text) == phrase)
  }

  @Test("een voorstel dat ze in het gesprek al aannam, bevestigt ze bij de afsluiting niet met dezelfde zin")
  func acceptedBefore() {
    let first = ProposalEcho.accepting("dinsdag", then: "Goed. Tot dan.")
    let firstSentence = first.prefix { $0 != "." }
    let again = ProposalEcho.accepting("dinsdag", then: "Goed. Dank u.", said: ["Goed, dinsdag dan."])
    #expect(!again.hasPrefix(firstSentence))
    #expect(again.contains("dinsdag"))
    #expect(
      ProposalEcho.accepting("dinsdag", then: "Goed. Dank u.", said: ["Ik wil eerst iets zeggen."]).hasPrefix(
        firstSentence))
  }

  @Test("zonder tijd is er niets om over te nemen")
  func noTime() {
    #expect(ProposalEcho.phrase(in: "Ik ben blij dat u er bent, over het cijfer zelf wil ik iets zeggen.") == nil)
  }
}
