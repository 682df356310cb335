import OudergesprekKit
import Testing

/// The traps of issue 3: replies that look like a marker but are not one, and the other way round.
@Suite("Valkuilen van de analyser")
struct AnalyserTrapTests {
  let analyzer = DutchReplyAnalyzer()

  /// A reply, a marker it must have and a marker it must not have.
  struct Trap: Sendable, CustomTestStringConvertible {
    var reply: String
    var has: Marker?
    var lacks: Marker
    var testDescription: String { reply }
  }

  @Test(
    "Een mening of oordeel met 'ik vind dat u' of 'ik voel dat' is geen ik-boodschap",
    arguments: [
      Trap(reply: "Ik vind dat u veel te laks bent met zijn huiswerk.", has: .jijBoodschap, lacks: .ikBoodschap),
      Trap(
        reply: "Ik vind dat u zich onredelijk opstelt, en dat vind ik vervelend.", has: .jijBoodschap,
        lacks: .ikBoodschap),
      Trap(
        reply: "Ik voel dat u mij niet vertrouwt, terwijl Daan al weken te laat komt.", has: nil, lacks: .ikBoodschap),
      Trap(reply: "Ik vind dat hij beter zijn best moet doen.", has: nil, lacks: .ikBoodschap),
    ])
  func opinionsAreNoIMessage(_ trap: Trap) {
    check(trap)
  }

  @Test(
    "Ontkenning: 'geen zorgen' en 'niet boos' zijn geen gevoel en geen gevoelsreflectie",
    arguments: [
      Trap(reply: "Ik maak me geen zorgen over zijn cijfers.", has: nil, lacks: .ikBoodschap),
      Trap(reply: "U hoeft niet boos te worden.", has: .geruststellen, lacks: .gevoelsreflectie),
      Trap(reply: "u bent helemaal niet boos, zegt u", has: nil, lacks: .gevoelsreflectie),
      Trap(reply: "Maakt u zich maar geen zorgen.", has: .geruststellen, lacks: .gevoelsreflectie),
    ])
  func negation(_ trap: Trap) {
    check(trap)
  }

  @Test(
    "Een vraag die eigenlijk advies is, is adviseren en geen open vraag",
    arguments: [
      Trap(reply: "Waarom probeert u niet eens een vast huiswerkuur?", has: .adviseren, lacks: .openVraag),
      Trap(reply: "Waarom zet u de wifi niet om tien uur uit?", has: .adviseren, lacks: .ondervragen),
      Trap(reply: "Wat als u hem elke avond even overhoort?", has: .adviseren, lacks: .openVraag),
      Trap(reply: "Heeft u er al eens aan gedacht om bijles te regelen?", has: .adviseren, lacks: .openVraag),
    ])
  func adviceQuestions(_ trap: Trap) {
    check(trap)
  }

  @Test(
    "Een neutraal feit met u als onderwerp is geen jij-boodschap",
    arguments: [
      Trap(reply: "U heeft de brief over de ouderavond ontvangen.", has: nil, lacks: .jijBoodschap),
      Trap(reply: "Jullie zijn vorig jaar verhuisd, toch?", has: nil, lacks: .jijBoodschap),
      Trap(reply: "U bent de moeder van Sanne.", has: nil, lacks: .jijBoodschap),
      Trap(reply: "U luistert nooit naar wat ik zeg.", has: .jijBoodschap, lacks: .ikBoodschap),
      Trap(reply: "Uw dochter is gewoon lui.", has: .jijBoodschap, lacks: .gevoelsreflectie),
      Trap(reply: "Dat is een onzinnige opmerking van hem.", has: .bekritiseren, lacks: .jijBoodschap),
      Trap(reply: "Uw opmerking is onzinnig.", has: .bekritiseren, lacks: .jijBoodschap),
      Trap(reply: "Kevin, dat is een onzinnige opmerking.", has: .bekritiseren, lacks: .jijBoodschap),
      Trap(reply: "Niet zo dramatisch doen, Sem.", has: .etiketteren, lacks: .jijBoodschap),
      Trap(reply: "Hij heeft nooit problemen gehad op de basisschool.", has: nil, lacks: .jijBoodschap),
    ])
  func neutralFacts(_ trap: Trap) {
    check(trap)
  }

  @Test(
    "Eén gesloten vraag is geen ondervragen; veel vragen of een waarom-verwijt wel",
    arguments: [
      Trap(reply: "Heeft u de mail ontvangen?", has: nil, lacks: .ondervragen),
      Trap(reply: "Wat is er gebeurd? En hoe reageerde hij?", has: .openVraag, lacks: .ondervragen),
      Trap(reply: "Waar was hij? Met wie? Hoe laat kwam hij thuis?", has: .ondervragen, lacks: .openVraag),
      Trap(reply: "Waarom heeft u niet eerder gebeld?", has: .ondervragen, lacks: .openVraag),
    ])
  func interrogation(_ trap: Trap) {
    check(trap)
  }

  @Test(
    "Echte teksten: hoofdletters, geen leestekens, accenten, samentrekkingen, tikfouten, de leerling",
    arguments: [
      Trap(reply: "IK HOOR DAT U BOOS BENT", has: .gevoelsreflectie, lacks: .jijBoodschap),
      Trap(reply: "ik hoor dat u geirriteerd bent", has: .gevoelsreflectie, lacks: .ikBoodschap),
      Trap(reply: "Ik hoor dat u geïrriteerd bent.", has: .gevoelsreflectie, lacks: .ikBoodschap),
      Trap(reply: "Misschien moet u 's avonds zijn telefoon innemen.", has: .adviseren, lacks: .bevelen),
      Trap(reply: "Ik hoor dat u teleurgestelt bent.", has: .gevoelsreflectie, lacks: .ikBoodschap),
      Trap(reply: "Daan, hoe zie jij dat zelf?", has: .openVraag, lacks: .ondervragen),
      Trap(
        reply: "Wanneer Bram door de klas roept, moet ik mijn uitleg onderbreken en dat vind ik vervelend.",
        has: .ikBoodschap, lacks: .openVraag),
    ])
  func realText(_ trap: Trap) {
    check(trap)
  }

  @Test("Een ik-boodschap met één deel is nog geen ik-boodschap, maar het deel wordt gemeld")
  func singlePart() {
    let analysis = analyzer.analyze("Ik merk dat Daan stiller is.")
    #expect(!analysis.markers.contains(.ikBoodschap))
    #expect(analysis.iMessageParts == [.gedrag])
  }

  @Test("Zonder 'ik' worden geen delen van een ik-boodschap gemeld")
  func partsNeedFirstPerson() {
    let analysis = analyzer.analyze("Als Daan zo doorgaat, blijft hij gewoon zitten.")
    #expect(analysis.iMessageParts.isEmpty)
    #expect(analysis.markers == [.waarschuwen])
  }

  private func check(_ trap: Trap, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let markers = analyzer.analyze(trap.reply).markerSet
    if let has = trap.has {
      #expect(
        markers.contains(has), "\(trap.reply): \(has.rawValue) ontbreekt in \(markers)", sourceLocation: sourceLocation)
    }
    #expect(
      !markers.contains(trap.lacks), "\(trap.reply): onterecht \(trap.lacks.rawValue)", sourceLocation: sourceLocation)
  }
}
