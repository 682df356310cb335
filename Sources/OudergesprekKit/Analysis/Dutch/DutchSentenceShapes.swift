/// Sentence shapes the engine combines: a compliment, a push after it, a statement that starts with a question word.
enum DutchSentenceShapes {
  static let rules: [CueRule] = [
    CueRule(
      .praise, "Een compliment aan de ander.",
      patterns: [
        "@jij bent|is|zijn @versterker? @versterker? de|een? @versterker? @lof",
        "bent|zijn @jij @versterker? @versterker? de|een? @versterker? @lof",
        "een|zon|de|onze|mijn @versterker? @lof @persoon|vrouw|man|moeder|vader|leerling|leerlingen",
        "^ knap|goed|geweldig|top|super|fantastisch|prachtig hoor|zo|gedaan",
        "^ wat @versterker? @lof|knap|geweldig|fantastisch|bijzonder dat @jij",
        "@jij doet|doen het @versterker? @versterker? goed|geweldig|fantastisch|knap|prima|super",
      ],
      negationCancels: true),
    CueRule(
      .steer, "Een duw na een compliment.",
      patterns: [
        "^ dus|dan ... vast|ongetwijfeld",
        "^ dus|dan ... ook ... wel",
        "^ dus|dan ... lukt|lukken ... wel|ook",
        "^ dus|dan reken|verwacht ik",
        "@jij kunt|kan|kun|zult|zal|gaat ... vast|ongetwijfeld ... wel|ook",
      ]),
    CueRule(
      .statement, "Een mededelende zin die met een vraagwoord begint.",
      patterns: [
        "^ wanneer|waar|hoe|wat @onderwerp|@naam",
        "^ wat een",
      ]),
  ]
}
