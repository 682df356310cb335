// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-14.16
basis|jij-boodschap|-7.57
basis|parafrase|-7.72
basis|gevoelsreflectie|-9.69
basis|samenvatting|-14.07
basis|open-vraag|-14.66
basis|aanmoediging|-3.89
basis|bevelen|-7.77
basis|waarschuwen|-7.57
basis|moraliseren|-6.73
basis|adviseren|-10.1
basis|argumenteren|-6.81
basis|bekritiseren|-9.52
basis|prijzen|-6.9
basis|etiketteren|-5.71
basis|interpreteren|-7.31
basis|geruststellen|-7.36
basis|ondervragen|-8.55
basis|afleiden|-8.57
basis|afronding-aankondigen|-10.65
basis|vervolgafspraak|-12.21
basis|bedanken|-11.0
begin:ach|argumenteren|-0.92
begin:ach|bekritiseren|-0.99
begin:ach|prijzen|-0.93
begin:ach|geruststellen|-1.68
begin:ach|afleiden|1.86
begin:alle|jij-boodschap|0.98
begin:alle|parafrase|-1.0
begin:alle|bekritiseren|0.5
begin:als|ik-boodschap|1.95
begin:als|jij-boodschap|-0.93
begin:als|parafrase|1.91
begin:als|gevoelsreflectie|-0.87
begin:als|open-vraag|0.98
begin:als|bevelen|-1.99
begin:als|waarschuwen|1.98
begin:als|moraliseren|-1.04
begin:als|adviseren|-1.97
begin:als|argumenteren|-1.8
begin:als|bekritiseren|-1.01
begin:als|interpreteren|-1.91
begin:als|geruststellen|-0.98
begin:als|ondervragen|-1.0
begin:als|afleiden|-1.0
begin:als|afronding-aankondigen|-0.83
begin:als|vervolgafspraak|-0.14
begin:amira|bekritiseren|0.91
begin:anders|bevelen|-0.97
begin:bedankt|samenvatting|-0.78
begin:bedankt|vervolgafspraak|-0.97
begin:bedankt|bedanken|0.96
begin:begrijp|parafrase|1.0
begin:blijft|bevelen|1.0
begin:bram|ik-boodschap|-0.94
begin:bram|jij-boodschap|1.64
begin:bram|moraliseren|-0.99
begin:bram|adviseren|0.21
begin:daan|parafrase|-1.0
begin:daan|open-vraag|1.0
begin:daan|vervolgafspraak|-1.0
begin:daar|ik-boodschap|-0.98
begin:daar|bevelen|-0.67
begin:daardoor|ik-boodschap|-0.89
begin:dan|bevelen|-0.99
begin:dank|jij-boodschap|-0.92
begin:dank|parafrase|-1.0
begin:dank|gevoelsreflectie|-0.77
begin:dank|samenvatting|-0.98
begin:dank|bevelen|-1.0
begin:dank|waarschuwen|-1.0
begin:dank|argumenteren|-1.0
begin:dank|bekritiseren|-1.0
begin:dank|prijzen|-0.98
begin:dank|interpreteren|-0.83
begin:dank|vervolgafspraak|-1.92
begin:dank|bedanken|1.93
begin:dankjewel|afronding-aankondigen|-0.96
begin:dankjewel|vervolgafspraak|-0.93
begin:dankjewel|bedanken|0.98
begin:dat|ik-boodschap|0.13
begin:dat|jij-boodschap|-0.72
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|1.9
begin:dat|open-vraag|-1.9
begin:dat|bevelen|-1.84
begin:dat|waarschuwen|-0.97
begin:dat|moraliseren|-3.87
begin:dat|argumenteren|2.75
begin:dat|bekritiseren|1.74
begin:dat|interpreteren|0.98
begin:dat|ondervragen|-0.97
begin:dat|afleiden|0.81
begin:de|ik-boodschap|-0.95
begin:de|jij-boodschap|-0.95
begin:de|samenvatting|-1.92
begin:de|bevelen|-0.98
begin:de|moraliseren|-1.0
begin:de|argumenteren|1.9
begin:de|bekritiseren|-0.95
begin:de|vervolgafspraak|-0.95
begin:denk|waarschuwen|0.99
begin:die|jij-boodschap|-0.96
begin:die|bekritiseren|1.11
begin:die|geruststellen|-0.94
begin:dit|aanmoediging|-0.87
begin:dit|waarschuwen|0.97
begin:dit|argumenteren|-0.86
begin:dit|bekritiseren|1.65
begin:dit|interpreteren|1.0
begin:dit|geruststellen|-0.91
begin:doe|bevelen|0.11
begin:doe|etiketteren|1.92
begin:doet|jij-boodschap|-2.08
begin:doet|bekritiseren|-0.98
begin:doet|geruststellen|-0.98
begin:doordat|vervolgafspraak|-0.92
begin:dus|ik-boodschap|-0.99
begin:dus|jij-boodschap|0.95
begin:dus|parafrase|1.82
begin:dus|gevoelsreflectie|-0.88
begin:dus|samenvatting|-0.15
begin:dus|open-vraag|0.9
begin:dus|moraliseren|-0.96
begin:dus|bekritiseren|0.96
begin:dus|geruststellen|0.18
begin:dus|vervolgafspraak|0.82
begin:dus|bedanken|-0.93
begin:echt|adviseren|0.94
begin:echt|geruststellen|1.0
begin:een|waarschuwen|-0.15
begin:een|moraliseren|2.22
begin:een|adviseren|0.99
begin:een|bekritiseren|-0.46
begin:eerlijk|ik-boodschap|-0.99
begin:eerlijk|moraliseren|0.94
begin:eerlijk|bekritiseren|0.98
begin:eigenlijk|adviseren|-0.65
begin:eigenlijk|argumenteren|-0.99
begin:eigenlijk|interpreteren|1.9
begin:elk|adviseren|-0.93
begin:en|afleiden|-0.94
begin:even|ik-boodschap|-0.78
begin:even|samenvatting|0.93
begin:even|argumenteren|-0.97
begin:even|vervolgafspraak|-0.99
begin:even|bedanken|1.0
begin:fatsoenlijk|moraliseren|0.94
begin:feit|parafrase|-0.92
begin:feit|waarschuwen|-0.99
begin:feit|argumenteren|0.93
begin:feitelijk|argumenteren|0.69
begin:fenna|bekritiseren|-0.79
begin:fijn|jij-boodschap|0.77
begin:fijn|bekritiseren|-0.64
begin:fijn|bedanken|0.82
begin:ga|parafrase|-0.86
begin:ga|bevelen|0.95
begin:ga|waarschuwen|0.13
begin:gaat|aanmoediging|-0.94
begin:gaat|waarschuwen|0.82
begin:geeft|bevelen|0.96
begin:geen|bevelen|0.93
begin:goed|moraliseren|-0.99
begin:goed|bekritiseren|-0.98
begin:goed|geruststellen|-0.98
begin:goed|afronding-aankondigen|-0.96
begin:goedemiddag|ik-boodschap|-0.97
begin:goedemiddag|parafrase|-0.99
begin:goedemiddag|gevoelsreflectie|-0.98
begin:goedemiddag|bekritiseren|0.71
begin:goedemiddag|bedanken|-0.92
begin:goeiemiddag|etiketteren|-0.58
begin:haar|afronding-aankondigen|-0.99
begin:had|jij-boodschap|0.98
begin:had|bekritiseren|0.98
begin:haha|afleiden|0.94
begin:heeft|ondervragen|-0.82
begin:heeft|afleiden|-0.97
begin:heel|jij-boodschap|-0.96
begin:heel|bekritiseren|-0.91
begin:heel|geruststellen|0.98
begin:het|ik-boodschap|-0.96
begin:het|jij-boodschap|-0.2
begin:het|parafrase|-0.99
begin:het|samenvatting|-0.95
begin:het|open-vraag|-1.0
begin:het|bevelen|-0.94
begin:het|waarschuwen|-0.99
begin:het|moraliseren|0.98
begin:het|adviseren|0.95
begin:het|argumenteren|1.06
begin:het|bekritiseren|-1.78
begin:het|prijzen|-0.97
begin:het|etiketteren|-0.83
begin:het|geruststellen|-0.86
begin:het|afleiden|-1.97
begin:hij|jij-boodschap|-1.19
begin:hij|bevelen|-0.93
begin:hij|waarschuwen|-0.95
begin:hij|argumenteren|-1.89
begin:hij|bekritiseren|-0.32
begin:hij|etiketteren|-0.35
begin:hij|interpreteren|0.29
begin:hij|geruststellen|-0.62
begin:hij|ondervragen|-1.0
begin:hij|vervolgafspraak|-0.91
begin:hm|gevoelsreflectie|-0.99
begin:hm|aanmoediging|0.99
begin:hmhm|aanmoediging|0.91
begin:hoe|parafrase|-0.86
begin:hoe|gevoelsreflectie|-1.0
begin:hoe|samenvatting|-0.95
begin:hoe|bekritiseren|1.58
begin:hoe|afleiden|-1.89
begin:hoe|vervolgafspraak|-0.9
begin:hoezo|ondervragen|0.98
begin:hoi|jij-boodschap|-0.92
begin:hoi|bevelen|-1.79
begin:hoi|waarschuwen|-0.83
begin:hoi|bekritiseren|-0.75
begin:hou|ik-boodschap|-1.0
begin:hou|bevelen|1.0
begin:hou|etiketteren|-1.0
begin:hou|afleiden|-0.99
begin:hé|geruststellen|0.99
begin:iemand|ik-boodschap|-0.92
begin:iemand|jij-boodschap|-1.8
begin:iemand|moraliseren|1.88
begin:iemand|bekritiseren|-1.45
begin:ik|ik-boodschap|-0.74
begin:ik|parafrase|-2.0
begin:ik|gevoelsreflectie|-0.93
begin:ik|samenvatting|-1.06
begin:ik|aanmoediging|-0.97
begin:ik|bevelen|-1.1
begin:ik|waarschuwen|-0.12
begin:ik|moraliseren|-0.94
begin:ik|adviseren|-1.13
begin:ik|argumenteren|-0.97
begin:ik|bekritiseren|1.0
begin:ik|etiketteren|-0.16
begin:ik|interpreteren|-1.0
begin:ik|geruststellen|-0.11
begin:ik|afleiden|-1.65
begin:ik|afronding-aankondigen|0.83
begin:ik|bedanken|-3.33
begin:in|jij-boodschap|-0.98
begin:in|moraliseren|0.86
begin:in|ondervragen|-0.98
begin:is|afleiden|-0.94
begin:ja|samenvatting|-1.0
begin:ja|open-vraag|-1.0
begin:ja|aanmoediging|0.91
begin:ja|etiketteren|0.93
begin:ja|ondervragen|-1.0
begin:jayden|bevelen|0.7
begin:je|ik-boodschap|-1.03
begin:je|jij-boodschap|0.84
begin:je|gevoelsreflectie|3.75
begin:je|aanmoediging|-0.81
begin:je|bevelen|0.5
begin:je|waarschuwen|-0.95
begin:je|adviseren|-1.97
begin:je|argumenteren|1.89
begin:je|bekritiseren|-3.96
begin:je|etiketteren|-0.59
begin:je|interpreteren|-0.16
begin:je|geruststellen|0.77
begin:je|afronding-aankondigen|-1.0
begin:je|vervolgafspraak|-1.82
begin:jesse|bevelen|0.99
begin:jesse|waarschuwen|-0.99
begin:jesse|prijzen|-0.97
begin:jij|jij-boodschap|-0.45
begin:jij|gevoelsreflectie|0.99
begin:jij|bevelen|0.8
begin:jij|adviseren|-0.97
begin:jij|argumenteren|-1.0
begin:jij|bekritiseren|-4.21
begin:jij|prijzen|0.96
begin:jij|etiketteren|-0.88
begin:jij|geruststellen|-0.99
begin:jij|afleiden|-0.97
begin:joh|geruststellen|0.9
begin:joh|afleiden|0.93
begin:julian|jij-boodschap|-0.97
begin:julian|bekritiseren|-0.39
begin:jullie|jij-boodschap|1.36
begin:jullie|waarschuwen|-0.97
begin:jullie|adviseren|-0.88
begin:jullie|argumenteren|-0.98
begin:jullie|bekritiseren|-0.14
begin:jullie|prijzen|-0.93
begin:jullie|etiketteren|-1.0
begin:kijk|ik-boodschap|-0.91
begin:kijk|jij-boodschap|-0.98
begin:kijk|adviseren|-1.0
begin:kijk|argumenteren|1.94
begin:kijk|bekritiseren|-0.98
begin:kijk|prijzen|-1.0
begin:kijk|etiketteren|-0.99
begin:kijk|vervolgafspraak|-0.82
begin:kinderen|moraliseren|0.95
begin:klinkt|jij-boodschap|-0.35
begin:klinkt|gevoelsreflectie|0.97
begin:klinkt|geruststellen|-0.97
begin:knap|geruststellen|-0.87
begin:komt|open-vraag|-0.95
begin:komt|bevelen|-0.89
begin:komt|bekritiseren|-0.89
begin:komt|geruststellen|1.0
begin:kort|parafrase|-0.99
begin:kortom|ik-boodschap|-0.88
begin:kortom|jij-boodschap|1.91
begin:kortom|gevoelsreflectie|-1.95
begin:kortom|samenvatting|1.94
begin:kortom|aanmoediging|-0.98
begin:kortom|bevelen|-0.98
begin:kortom|adviseren|-0.98
begin:kortom|bekritiseren|1.97
begin:kortom|afronding-aankondigen|0.95
begin:kun|gevoelsreflectie|-0.99
begin:kunt|ik-boodschap|-1.0
begin:kunt|gevoelsreflectie|-1.0
begin:kunt|bedanken|-1.0
begin:laat|bevelen|0.99
begin:laat|adviseren|-0.98
begin:laat|bekritiseren|-0.98
begin:laat|interpreteren|-0.85
begin:laat|geruststellen|-0.85
begin:laat|vervolgafspraak|0.95
begin:laten|jij-boodschap|-1.0
begin:laten|samenvatting|-0.91
begin:laten|bevelen|-1.0
begin:laten|geruststellen|-1.0
begin:laten|bedanken|-0.9
begin:leg|bevelen|0.83
begin:let|ik-boodschap|-0.96
begin:let|waarschuwen|0.95
begin:lever|bevelen|1.76
begin:maak|afleiden|-0.85
begin:maakt|gevoelsreflectie|-0.93
begin:maakt|open-vraag|-0.96
begin:maakt|waarschuwen|-0.99
begin:maakt|geruststellen|0.99
begin:maakt|afleiden|-0.99
begin:maandag|gevoelsreflectie|-1.0
begin:maandag|afronding-aankondigen|-0.94
begin:maandag|vervolgafspraak|1.0
begin:maar|open-vraag|-0.95
begin:maar|prijzen|-0.9
begin:maar|ondervragen|-0.82
begin:maar|afleiden|0.95
begin:met|parafrase|1.91
begin:met|samenvatting|-0.99
begin:met|prijzen|1.0
begin:met|geruststellen|-0.96
begin:mijn|bevelen|-0.63
begin:mijn|geruststellen|-0.79
begin:misschien|bevelen|-0.92
begin:misschien|interpreteren|-0.9
begin:mmm|gevoelsreflectie|-1.0
begin:mmm|aanmoediging|1.0
begin:mohammed|jij-boodschap|1.31
begin:nee|bevelen|1.0
begin:nee|argumenteren|0.92
begin:nee|bekritiseren|-0.61
begin:neem|bevelen|-1.62
begin:neemt|jij-boodschap|-0.97
begin:niemand|geruststellen|1.81
begin:nog|ik-boodschap|-0.93
begin:nog|samenvatting|-0.9
begin:nog|bevelen|-0.94
begin:nog|waarschuwen|1.93
begin:nog|afleiden|-0.88
begin:nog|bedanken|0.32
begin:nou|ik-boodschap|1.0
begin:nou|bekritiseren|3.7
begin:nou|etiketteren|0.11
begin:nou|afleiden|0.98
begin:nou|afronding-aankondigen|-0.95
begin:nou|bedanken|-3.56
begin:nu|ik-boodschap|0.84
begin:nu|bedanken|-0.51
begin:och|geruststellen|-0.95
begin:och|afleiden|0.95
begin:ok|afronding-aankondigen|0.99
begin:ok|vervolgafspraak|-0.99
begin:oké|parafrase|0.94
begin:omdat|ik-boodschap|0.99
begin:omdat|vervolgafspraak|-0.9
begin:onderzoek|argumenteren|0.96
begin:op|argumenteren|-0.84
begin:opvoeden|moraliseren|0.96
begin:opvoeden|argumenteren|-0.96
begin:opvoeden|interpreteren|-0.96
begin:ouders|bevelen|-0.97
begin:ouders|moraliseren|0.99
begin:ouders|argumenteren|-0.89
begin:ouders|interpreteren|-0.99
begin:ouders|afleiden|-0.9
begin:over|samenvatting|-2.76
begin:over|afleiden|0.93
begin:over|afronding-aankondigen|-1.94
begin:over|vervolgafspraak|0.99
begin:over|bedanken|-0.71
begin:pak|ik-boodschap|-1.0
begin:pak|waarschuwen|-1.0
begin:probeer|ik-boodschap|-0.95
begin:probeer|waarschuwen|-0.93
begin:probeer|adviseren|1.92
begin:regels|argumenteren|0.9
begin:respect|moraliseren|0.98
begin:rustig|bevelen|1.71
begin:samengevat|jij-boodschap|1.51
begin:samengevat|moraliseren|-0.98
begin:samengevat|bekritiseren|1.64
begin:samengevat|interpreteren|-0.98
begin:samenvattend|gevoelsreflectie|0.87
begin:samenvattend|samenvatting|2.92
begin:samenvattend|open-vraag|-1.0
begin:samenvattend|afronding-aankondigen|-0.93
begin:samenvattend|bedanken|0.7
begin:sanne|adviseren|-0.94
begin:sem|bekritiseren|-1.7
begin:sem|prijzen|-0.99
begin:sem|etiketteren|0.99
begin:sinds|ik-boodschap|2.85
begin:sinds|samenvatting|-0.81
begin:sinds|bevelen|-0.82
begin:sinds|bekritiseren|-0.82
begin:stel|etiketteren|0.98
begin:stop|argumenteren|-0.98
begin:stop|bekritiseren|-0.87
begin:straks|waarschuwen|0.97
begin:straks|prijzen|-0.97
begin:tess|ik-boodschap|-0.98
begin:thanks|afronding-aankondigen|-1.0
begin:thanks|bedanken|1.0
begin:thnx|bedanken|0.99
begin:tja|open-vraag|-0.96
begin:tja|bekritiseren|1.35
begin:tja|afleiden|1.94
begin:tja|bedanken|-1.59
begin:toen|ik-boodschap|0.85
begin:toen|etiketteren|-0.38
begin:toen|vervolgafspraak|-0.96
begin:top|bedanken|0.51
begin:tot|samenvatting|1.0
begin:tot|open-vraag|1.0
begin:u|jij-boodschap|0.58
begin:u|parafrase|-0.92
begin:u|gevoelsreflectie|-0.95
begin:u|samenvatting|-1.0
begin:u|open-vraag|-2.91
begin:u|aanmoediging|-1.01
begin:u|bevelen|-0.97
begin:u|waarschuwen|-2.73
begin:u|adviseren|-0.86
begin:u|bekritiseren|-1.51
begin:u|etiketteren|-1.97
begin:u|interpreteren|1.03
begin:u|geruststellen|-0.24
begin:u|ondervragen|-1.0
begin:u|vervolgafspraak|-1.86
begin:u|bedanken|-1.83
begin:uit|argumenteren|0.99
begin:uw|moraliseren|-0.96
begin:uw|adviseren|-0.99
begin:uw|argumenteren|-0.93
begin:uw|bekritiseren|-0.94
begin:uw|etiketteren|-0.98
begin:vanaf|bevelen|0.9
begin:vandaag|samenvatting|-0.77
begin:vandaag|afronding-aankondigen|-0.96
begin:vertel|gevoelsreflectie|-0.96
begin:vertel|samenvatting|-1.0
begin:vertel|bedanken|-1.0
begin:vertelt|parafrase|-0.9
begin:vertelt|open-vraag|0.88
begin:volgende|vervolgafspraak|2.79
begin:volgens|moraliseren|-0.95
begin:volgens|bekritiseren|-0.94
begin:volgens|interpreteren|1.82
begin:volgens|geruststellen|-0.98
begin:volgens|bedanken|-0.99
begin:vorige|ik-boodschap|-0.89
begin:waar|ik-boodschap|-0.99
begin:waar|open-vraag|0.94
begin:waar|moraliseren|-0.92
begin:waar|bekritiseren|-0.99
begin:waar|afleiden|-0.99
begin:waarom|ik-boodschap|-0.98
begin:waarom|jij-boodschap|-0.83
begin:waarom|aanmoediging|-1.0
begin:waarom|bevelen|-1.0
begin:waarom|moraliseren|-0.98
begin:waarom|adviseren|1.74
begin:waarom|bekritiseren|0.12
begin:waarom|prijzen|-0.97
begin:waarom|interpreteren|-0.99
begin:waarom|ondervragen|1.7
begin:waarom|afleiden|-0.99
begin:wanneer|ik-boodschap|2.75
begin:wanneer|parafrase|-0.99
begin:wanneer|samenvatting|-0.99
begin:wanneer|open-vraag|-0.99
begin:wanneer|waarschuwen|-0.83
begin:wanneer|bekritiseren|-0.91
begin:wanneer|interpreteren|-0.98
begin:wanneer|geruststellen|-0.94
begin:wanneer|afronding-aankondigen|-0.98
begin:wat|ik-boodschap|-0.94
begin:wat|jij-boodschap|-0.29
begin:wat|parafrase|1.0
begin:wat|gevoelsreflectie|-0.98
begin:wat|samenvatting|-0.95
begin:wat|open-vraag|-0.97
begin:wat|bevelen|-0.84
begin:wat|moraliseren|-0.98
begin:wat|argumenteren|-0.95
begin:wat|bekritiseren|2.57
begin:wat|prijzen|0.98
begin:wat|geruststellen|-1.0
begin:wat|ondervragen|-1.79
begin:we|ik-boodschap|-0.99
begin:we|jij-boodschap|-0.75
begin:we|samenvatting|1.03
begin:we|open-vraag|-0.98
begin:we|aanmoediging|-0.92
begin:we|adviseren|-0.96
begin:we|bekritiseren|-0.16
begin:we|afleiden|-0.81
begin:we|afronding-aankondigen|1.94
begin:we|vervolgafspraak|-0.77
begin:we|bedanken|-0.2
begin:wees|geruststellen|0.81
begin:weet|ik-boodschap|0.97
begin:weet|bekritiseren|0.99
begin:welk|parafrase|-0.94
begin:welk|open-vraag|-1.85
begin:welke|gevoelsreflectie|-0.98
begin:weten|bekritiseren|1.36
begin:wie|open-vraag|-1.0
begin:wie|argumenteren|-0.82
begin:zal|vervolgafspraak|0.98
begin:zal|bedanken|-0.83
begin:ze|ik-boodschap|-1.0
begin:ze|jij-boodschap|-0.15
begin:ze|parafrase|-1.0
begin:ze|gevoelsreflectie|-1.0
begin:ze|samenvatting|-1.0
begin:ze|open-vraag|-1.0
begin:ze|aanmoediging|-1.0
begin:ze|bevelen|-1.0
begin:ze|waarschuwen|-1.0
begin:ze|moraliseren|-1.95
begin:ze|adviseren|-1.0
begin:ze|argumenteren|-1.0
begin:ze|bekritiseren|-0.63
begin:ze|prijzen|-1.0
begin:ze|etiketteren|-1.0
begin:ze|interpreteren|-1.82
begin:ze|ondervragen|-1.0
begin:ze|afleiden|-1.0
begin:ze|afronding-aankondigen|-1.0
begin:ze|vervolgafspraak|-1.0
begin:ze|bedanken|-1.0
begin:zeg|open-vraag|-0.99
begin:zeg|bevelen|0.94
begin:zeg|bekritiseren|-0.99
begin:zeg|ondervragen|-0.99
begin:zeg|afleiden|0.99
begin:zegt|aanmoediging|1.8
begin:zie|samenvatting|-1.0
begin:zij|adviseren|-0.7
begin:zijn|jij-boodschap|-1.0
begin:zijn|samenvatting|-0.98
begin:zijn|aanmoediging|-1.0
begin:zijn|bekritiseren|-1.0
begin:zijn|interpreteren|-1.0
begin:zijn|afleiden|-0.98
begin:zit|interpreteren|-0.97
begin:zit|geruststellen|0.97
begin:zit|ondervragen|0.98
begin:zit|afleiden|-0.94
begin:zo|ik-boodschap|-0.98
begin:zo|moraliseren|0.98
begin:zo|argumenteren|-1.0
begin:zo|bekritiseren|-0.37
begin:zo'n|bekritiseren|1.66
begin:zo'n|prijzen|0.9
begin:zorg|bevelen|0.95
begin:zorg|moraliseren|-0.93
begin:zorgt|bevelen|1.0
begin:zorgt|argumenteren|-1.0
begin:zorgt|afronding-aankondigen|-1.0
begin:zou|vervolgafspraak|-0.96
begin:zoveel|moraliseren|-0.94
begin:zoveel|geruststellen|0.94
begin:zullen|open-vraag|-0.98
begin:zullen|argumenteren|-1.0
begin:zullen|ondervragen|-0.83
begin:zullen|afleiden|0.8
begin:zullen|afronding-aankondigen|-0.95
begin:zullen|bedanken|-0.82
deel:gedrag|ik-boodschap|4.66
deel:gedrag|jij-boodschap|-1.82
deel:gedrag|gevoelsreflectie|-1.88
deel:gedrag|samenvatting|-1.8
deel:gedrag|open-vraag|0.93
deel:gedrag|aanmoediging|-0.99
deel:gedrag|bevelen|-1.9
deel:gedrag|waarschuwen|-0.99
deel:gedrag|moraliseren|-0.94
deel:gedrag|adviseren|-2.82
deel:gedrag|argumenteren|-0.98
deel:gedrag|bekritiseren|-2.88
deel:gedrag|geruststellen|-2.93
deel:gedrag|ondervragen|-1.0
deel:gedrag|afleiden|-1.0
deel:gedrag|afronding-aankondigen|-1.91
deel:gedrag|vervolgafspraak|-1.01
deel:gedrag|bedanken|-0.51
deel:gevoel|ik-boodschap|6.59
deel:gevoel|jij-boodschap|-1.96
deel:gevoel|parafrase|-1.99
deel:gevoel|samenvatting|-1.8
deel:gevoel|aanmoediging|-0.99
deel:gevoel|bevelen|-1.0
deel:gevoel|waarschuwen|-1.91
deel:gevoel|moraliseren|-0.94
deel:gevoel|adviseren|-0.95
deel:gevoel|argumenteren|-0.98
deel:gevoel|bekritiseren|-3.74
deel:gevoel|interpreteren|-0.93
deel:gevoel|geruststellen|-1.91
deel:gevoel|afronding-aankondigen|-0.91
deel:gevoel|vervolgafspraak|-0.15
deel:gevoel|bedanken|-0.51
deel:gevolg|ik-boodschap|3.81
deel:gevolg|jij-boodschap|-1.0
deel:gevolg|parafrase|-1.0
deel:gevolg|gevoelsreflectie|-0.86
deel:gevolg|samenvatting|-1.8
deel:gevolg|open-vraag|0.93
deel:gevolg|waarschuwen|-2.89
deel:gevolg|adviseren|-1.84
deel:gevolg|argumenteren|-0.98
deel:gevolg|bekritiseren|-1.91
deel:gevolg|interpreteren|-0.98
deel:gevolg|ondervragen|-1.0
deel:gevolg|afleiden|-1.0
deel:gevolg|afronding-aankondigen|-0.93
deel:gevolg|vervolgafspraak|0.88
familie:afronding|ik-boodschap|-3.58
familie:afronding|jij-boodschap|-1.74
familie:afronding|parafrase|-2.98
familie:afronding|gevoelsreflectie|-0.77
familie:afronding|samenvatting|-1.9
familie:afronding|open-vraag|-0.98
familie:afronding|aanmoediging|-0.97
familie:afronding|bevelen|-1.76
familie:afronding|waarschuwen|-2.79
familie:afronding|adviseren|-2.86
familie:afronding|argumenteren|-1.0
familie:afronding|prijzen|-2.8
familie:afronding|etiketteren|-1.0
familie:afronding|interpreteren|-0.83
familie:afronding|geruststellen|-1.0
familie:afronding|ondervragen|-0.83
familie:afronding|afleiden|-2.89
familie:afronding|afronding-aankondigen|5.73
familie:afronding|vervolgafspraak|4.89
familie:afronding|bedanken|5.35
familie:blokkade|ik-boodschap|-6.95
familie:blokkade|jij-boodschap|-0.88
familie:blokkade|parafrase|-4.8
familie:blokkade|gevoelsreflectie|-5.65
familie:blokkade|samenvatting|-4.88
familie:blokkade|open-vraag|-3.99
familie:blokkade|aanmoediging|-2.94
familie:blokkade|bevelen|0.86
familie:blokkade|waarschuwen|1.88
familie:blokkade|moraliseren|-0.98
familie:blokkade|adviseren|0.95
familie:blokkade|argumenteren|-1.02
familie:blokkade|bekritiseren|-1.44
familie:blokkade|prijzen|-1.06
familie:blokkade|etiketteren|-1.11
familie:blokkade|interpreteren|0.76
familie:blokkade|geruststellen|-0.92
familie:blokkade|ondervragen|-0.13
familie:blokkade|afleiden|0.81
familie:blokkade|afronding-aankondigen|-3.93
familie:blokkade|vervolgafspraak|-4.62
familie:blokkade|bedanken|-1.99
familie:ik-boodschap|ik-boodschap|7.46
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|parafrase|-1.0
familie:ik-boodschap|gevoelsreflectie|-0.91
familie:ik-boodschap|samenvatting|-2.79
familie:ik-boodschap|aanmoediging|-0.99
familie:ik-boodschap|bevelen|-1.0
familie:ik-boodschap|waarschuwen|-2.89
familie:ik-boodschap|moraliseren|-0.94
familie:ik-boodschap|adviseren|-2.82
familie:ik-boodschap|argumenteren|-0.98
familie:ik-boodschap|bekritiseren|-1.91
familie:ik-boodschap|interpreteren|-1.91
familie:ik-boodschap|geruststellen|-0.99
familie:ik-boodschap|ondervragen|-1.0
familie:ik-boodschap|afleiden|-1.0
familie:ik-boodschap|afronding-aankondigen|-1.91
familie:ik-boodschap|vervolgafspraak|-2.0
familie:ik-boodschap|bedanken|-0.51
familie:jij-boodschap|jij-boodschap|9.95
familie:jij-boodschap|parafrase|-1.0
familie:jij-boodschap|gevoelsreflectie|-2.67
familie:jij-boodschap|bevelen|-1.83
familie:jij-boodschap|waarschuwen|-0.99
familie:jij-boodschap|moraliseren|-1.76
familie:jij-boodschap|adviseren|-1.96
familie:jij-boodschap|argumenteren|-1.95
familie:jij-boodschap|bekritiseren|2.98
familie:jij-boodschap|prijzen|-2.92
familie:jij-boodschap|etiketteren|2.72
familie:jij-boodschap|interpreteren|-1.94
familie:jij-boodschap|geruststellen|-1.79
familie:jij-boodschap|ondervragen|-0.94
familie:jij-boodschap|afleiden|-0.99
familie:luisteren|ik-boodschap|-2.01
familie:luisteren|jij-boodschap|-4.72
familie:luisteren|parafrase|3.82
familie:luisteren|gevoelsreflectie|6.4
familie:luisteren|samenvatting|5.46
familie:luisteren|open-vraag|4.85
familie:luisteren|aanmoediging|1.11
familie:luisteren|bevelen|-2.95
familie:luisteren|waarschuwen|-2.91
familie:luisteren|moraliseren|-1.96
familie:luisteren|adviseren|-3.94
familie:luisteren|argumenteren|-2.03
familie:luisteren|bekritiseren|-4.18
familie:luisteren|prijzen|-2.88
familie:luisteren|etiketteren|-2.0
familie:luisteren|interpreteren|-2.04
familie:luisteren|geruststellen|-3.47
familie:luisteren|ondervragen|-2.85
familie:luisteren|afleiden|-1.84
familie:luisteren|afronding-aankondigen|-1.02
familie:luisteren|vervolgafspraak|-2.97
familie:luisteren|bedanken|-3.04
p:'ouwe' noemt|ik-boodschap|0.88
p:'s avonds|adviseren|0.94
p:'s nachts|jij-boodschap|0.95
p:'s nachts|adviseren|0.99
p:'s nachts|bekritiseren|0.48
p:1 en|argumenteren|0.9
p:12 mei|argumenteren|0.86
p:14 januari|argumenteren|-0.91
p:14 keer|argumenteren|0.93
p:14 maart|samenvatting|0.9
p:14 maart|vervolgafspraak|0.9
p:2 staat|argumenteren|-0.84
p:2 voor|jij-boodschap|-0.98
p:2 voor|argumenteren|0.98
p:2 voor|bekritiseren|-0.98
p:3 afronden|moraliseren|-0.75
p:4 8|samenvatting|-1.0
p:4 8|moraliseren|-1.0
p:4 8|argumenteren|1.0
p:4 9|jij-boodschap|-0.98
p:4 9|argumenteren|0.98
p:4 9|bekritiseren|-0.98
p:4 9|etiketteren|-0.99
p:4 daar|afleiden|-0.77
p:4 en|argumenteren|-0.84
p:4 in|gevoelsreflectie|0.98
p:4 in|afleiden|0.75
p:4 is|ik-boodschap|0.83
p:4 is|open-vraag|0.95
p:4 is|afleiden|-0.77
p:5 2|jij-boodschap|-0.98
p:5 2|argumenteren|0.98
p:5 2|bekritiseren|-0.98
p:5 3|moraliseren|-0.75
p:5 5|argumenteren|0.95
p:5 voor|argumenteren|-0.93
p:5 wordt|argumenteren|0.95
p:5x je|argumenteren|-0.98
p:6 4|argumenteren|-0.84
p:6 5|argumenteren|-0.93
p:6 8|parafrase|0.94
p:6 8|argumenteren|0.94
p:6 kan|moraliseren|-0.75
p:7 1|argumenteren|-0.84
p:7 halen|prijzen|0.9
p:7 naar|ik-boodschap|0.83
p:7 naar|open-vraag|0.95
p:8 gemiddeld|samenvatting|-1.0
p:8 gemiddeld|moraliseren|-1.0
p:8 gemiddeld|argumenteren|1.0
p:9 voor|jij-boodschap|-0.98
p:9 voor|argumenteren|0.98
p:9 voor|bekritiseren|-0.98
p:9 voor|etiketteren|-0.99
p:? dank|bedanken|0.9
p:? dat|jij-boodschap|0.98
p:? dat|bekritiseren|1.91
p:? elke|ondervragen|0.98
p:? en|open-vraag|-1.0
p:? en|moraliseren|-0.92
p:? en|bekritiseren|0.93
p:? en|etiketteren|-1.0
p:? en|interpreteren|-0.99
p:? en|ondervragen|-0.96
p:? en|vervolgafspraak|-0.9
p:? heeft|ondervragen|0.83
p:? heeft|vervolgafspraak|-0.9
p:? hoe|ik-boodschap|-0.99
p:? hoe|argumenteren|-0.82
p:? hoe|bekritiseren|-0.99
p:? hoe|afleiden|-0.99
p:? ik|ik-boodschap|0.78
p:? ik|adviseren|0.87
p:? ik|vervolgafspraak|0.92
p:? maar|open-vraag|0.96
p:? met|ik-boodschap|-0.99
p:? met|open-vraag|-1.0
p:? met|moraliseren|-0.92
p:? met|bekritiseren|-0.99
p:? met|ondervragen|1.0
p:? met|afleiden|-0.99
p:? ook|ondervragen|0.98
p:? op|ondervragen|0.98
p:? tot|ondervragen|0.98
p:? waar|open-vraag|-1.0
p:? waar|ondervragen|1.0
p:? waarom|adviseren|-0.78
p:? waarom|bekritiseren|-0.93
p:? wat|parafrase|-1.0
p:? wat|open-vraag|1.0
p:? wat|argumenteren|-0.82
p:? wat|bekritiseren|-0.93
p:? wat|vervolgafspraak|-1.0
p:? wie|adviseren|-0.78
p:aan afspraken|prijzen|-0.98
p:aan alles|etiketteren|0.96
p:aan als|bevelen|0.99
p:aan als|waarschuwen|-0.99
p:aan dat|jij-boodschap|-1.93
p:aan dat|bekritiseren|-0.95
p:aan dat|geruststellen|-0.9
p:aan de|parafrase|-0.99
p:aan de|bevelen|-0.89
p:aan de|waarschuwen|0.99
p:aan de|adviseren|-0.99
p:aan de|argumenteren|-0.89
p:aan de|bekritiseren|-0.95
p:aan doen|ik-boodschap|-0.91
p:aan doen|argumenteren|0.91
p:aan een|argumenteren|0.9
p:aan een|ondervragen|-0.97
p:aan een|afleiden|-0.97
p:aan en|jij-boodschap|0.92
p:aan en|samenvatting|-0.92
p:aan en|bekritiseren|0.92
p:aan gedaan|jij-boodschap|-0.93
p:aan het|ik-boodschap|0.99
p:aan het|samenvatting|-0.99
p:aan het|interpreteren|-0.62
p:aan het|vervolgafspraak|-0.99
p:aan het|bedanken|-0.86
p:aan houden|prijzen|-0.98
p:aan je|ik-boodschap|0.92
p:aan maken|bevelen|-0.83
p:aan maken|afronding-aankondigen|0.99
p:aan maken|vervolgafspraak|-0.99
p:aan mevrouw|bevelen|0.95
p:aan nu|bevelen|1.71
p:aan onze|vervolgafspraak|-0.93
p:aan sem|ik-boodschap|-0.98
p:aan sem|adviseren|0.98
p:aan te|bevelen|-0.57
p:aan te|moraliseren|-0.94
p:aan te|afleiden|1.02
p:aan toevoegen|samenvatting|1.0
p:aan toevoegen|open-vraag|1.0
p:aan vrijdag|bekritiseren|-0.71
p:aan wat|bekritiseren|0.99
p:aan zijn|ik-boodschap|0.96
p:aan zijn|jij-boodschap|0.97
p:aan zijn|bekritiseren|0.98
p:aan zijn|etiketteren|-1.0
p:aanbieden aan|bevelen|0.95
p:aandacht van|parafrase|-0.99
p:aangekondigd in|geruststellen|-0.92
p:aanpakken ?|parafrase|-0.92
p:aanpakken ?|samenvatting|0.96
p:aanpakken ?|aanmoediging|-0.98
p:aanspreken op|jij-boodschap|-0.91
p:aansteller ben|etiketteren|1.0
p:aardrijkskunde zakt|ik-boodschap|0.93
p:aardrijkskunde zakt|jij-boodschap|-0.93
p:aardrijkskunde zakt|argumenteren|-0.93
p:aardrijkskunde zakt|bekritiseren|-0.93
p:ach dat|geruststellen|-1.58
p:ach dat|afleiden|1.89
p:ach een|afleiden|1.85
p:ach elke|geruststellen|0.89
p:ach elke|afleiden|-0.89
p:ach het|argumenteren|-0.92
p:ach het|afleiden|0.99
p:ach iedereen|etiketteren|-0.93
p:ach iedereen|afleiden|0.81
p:ach joh|afleiden|-0.95
p:ach u|prijzen|-0.93
p:ach u|etiketteren|0.93
p:ach wat|afleiden|-0.99
p:ach zulke|bekritiseren|-0.99
p:ach zulke|geruststellen|-0.99
p:ach zulke|afleiden|0.99
p:acht bij|bevelen|0.9
p:acht binnenkomt|vervolgafspraak|-0.92
p:acht uur|ik-boodschap|-0.96
p:achter de|moraliseren|0.93
p:achter de|bekritiseren|0.93
p:achter zetten|afronding-aankondigen|0.87
p:achter zetten|vervolgafspraak|-0.96
p:achter zetten|bedanken|-0.96
p:achterin zitten|bevelen|0.99
p:achterloopt met|ik-boodschap|0.98
p:achterloopt zullen|adviseren|-0.85
p:actie gekomen|adviseren|-0.92
p:actie gekomen|bekritiseren|-2.15
p:advies is|adviseren|-0.96
p:advies van|argumenteren|-0.92
p:af ?|ondervragen|0.94
p:af als|bevelen|0.74
p:af bedankt|bedanken|0.7
p:af dat|ik-boodschap|-0.99
p:af dat|jij-boodschap|-0.82
p:af dat|samenvatting|1.98
p:af dat|vervolgafspraak|1.98
p:af en|samenvatting|-1.92
p:af hebt|ik-boodschap|1.0
p:af hebt|gevoelsreflectie|-1.0
p:af hebt|open-vraag|-1.0
p:af hebt|ondervragen|-0.86
p:af heeft|ik-boodschap|-0.95
p:af heeft|prijzen|-0.98
p:af is|geruststellen|-0.96
p:af komt|prijzen|0.98
p:af maandag|adviseren|-0.96
p:af maandag|vervolgafspraak|0.96
p:af te|moraliseren|-0.95
p:af te|geruststellen|-1.0
p:af te|afleiden|-1.0
p:af te|afronding-aankondigen|1.0
p:af tot|ik-boodschap|-0.92
p:af tot|waarschuwen|0.92
p:af vind|waarschuwen|-0.92
p:af voor|bedanken|0.88
p:af we|afronding-aankondigen|0.8
p:afdelingsleider nooit|gevoelsreflectie|-0.98
p:afdelingsleider nooit|open-vraag|-0.98
p:afdelingsleider volgende|etiketteren|-1.0
p:afdelingsleider volgende|vervolgafspraak|1.0
p:afgaat in|parafrase|-0.99
p:afgelopen twee|ik-boodschap|0.93
p:afgelopen twee|jij-boodschap|-0.93
p:afgelopen twee|argumenteren|-0.93
p:afgelopen twee|bekritiseren|-0.93
p:afgelopen week|ik-boodschap|1.0
p:afgelopen weken|interpreteren|-0.93
p:afgemeld ?|moraliseren|-0.92
p:afgerond naar|argumenteren|0.95
p:afheeft waardoor|adviseren|-0.87
p:afleiding misschien|bekritiseren|-0.94
p:afmaakt waardoor|ik-boodschap|0.98
p:afmeldt als|moraliseren|0.98
p:afronden de|ik-boodschap|-1.0
p:afronden de|afronding-aankondigen|1.0
p:afronden de|bedanken|-1.0
p:afronden naar|moraliseren|-0.75
p:afronden over|samenvatting|0.95
p:afronden over|afronding-aankondigen|0.95
p:afronden over|bedanken|0.84
p:afspraak bij|samenvatting|0.9
p:afspraak bij|vervolgafspraak|0.9
p:afspraak gehouden|jij-boodschap|0.89
p:afspraak gewoon|jij-boodschap|0.96
p:afspraak gewoon|bekritiseren|-0.58
p:afspraak maken|bedanken|0.9
p:afspraak met|jij-boodschap|0.9
p:afspraak met|adviseren|-0.9
p:afspraak met|argumenteren|-0.94
p:afspraak met|bekritiseren|1.59
p:afspraak met|afronding-aankondigen|0.8
p:afspraak met|vervolgafspraak|-0.82
p:afspraken ?|ondervragen|-0.95
p:afspraken aan|jij-boodschap|0.97
p:afspraken aan|bekritiseren|0.82
p:afspraken die|vervolgafspraak|0.99
p:afspraken en|prijzen|-0.98
p:afspraken en|bedanken|-0.51
p:afspraken hebben|gevoelsreflectie|-0.98
p:afspraken houdt|jij-boodschap|-0.95
p:afspraken houdt|bekritiseren|-0.95
p:afspraken nooit|jij-boodschap|0.93
p:afspraken nooit|bekritiseren|0.93
p:afspraken op|bevelen|-0.95
p:afspreekt dat|adviseren|0.93
p:afspreken ?|ik-boodschap|0.78
p:afspreken ?|open-vraag|-0.98
p:afspreken ?|adviseren|0.87
p:afspreken ?|vervolgafspraak|0.92
p:afspreken en|afronding-aankondigen|0.87
p:afspreken u|bekritiseren|-0.71
p:afweten bij|bekritiseren|0.94
p:afwezig moeten|ik-boodschap|0.98
p:afwezig moeten|waarschuwen|-0.83
p:afwezig was|argumenteren|0.93
p:akkoord met|adviseren|-0.87
p:akkoord met|vervolgafspraak|-0.86
p:al 5x|argumenteren|-0.98
p:al als|ik-boodschap|0.98
p:al als|waarschuwen|-0.83
p:al bij|afleiden|-0.94
p:al drie|ik-boodschap|-0.89
p:al drie|jij-boodschap|0.91
p:al drie|bevelen|-0.69
p:al drie|adviseren|-0.85
p:al drie|bekritiseren|0.91
p:al eens|jij-boodschap|-0.85
p:al gezien|afleiden|0.98
p:al in|ik-boodschap|-0.94
p:al in|argumenteren|1.0
p:al maanden|argumenteren|0.72
p:al maanden|bekritiseren|-0.91
p:al sinds|ik-boodschap|-0.93
p:al sinds|bekritiseren|-0.93
p:al sinds|afleiden|-0.93
p:al te|bekritiseren|1.56
p:al twee|argumenteren|0.94
p:al twee|bekritiseren|0.94
p:alle afspraken|jij-boodschap|0.97
p:alle afspraken|bekritiseren|0.82
p:alle andere|jij-boodschap|0.98
p:alle andere|bekritiseren|0.98
p:alle leerlingen|parafrase|-1.0
p:alle leerlingen|bekritiseren|-0.48
p:alle ouders|argumenteren|1.0
p:allebei boos|vervolgafspraak|-0.9
p:allebei dat|samenvatting|0.98
p:allebei het|afronding-aankondigen|-0.81
p:allebei niks|ik-boodschap|0.98
p:allebei zorgen|gevoelsreflectie|-0.97
p:alleen bij|ik-boodschap|0.97
p:alleen dat|geruststellen|-0.96
p:alleen in|interpreteren|-0.82
p:alleen laten|samenvatting|-0.99
p:alleen omdat|gevoelsreflectie|-0.92
p:alleen omdat|bevelen|-0.94
p:alleen omdat|argumenteren|-0.92
p:alleen omdat|interpreteren|0.84
p:alleen omdat|geruststellen|-0.89
p:alleen voelt|gevoelsreflectie|0.98
p:alleen voelt|moraliseren|-0.98
p:alleen voelt|afleiden|-0.98
p:alleen voor|ik-boodschap|0.93
p:alleen wat|bekritiseren|-1.4
p:alleen zit|ik-boodschap|-0.93
p:allemaal combineert|gevoelsreflectie|-0.98
p:allemaal combineert|bekritiseren|-0.9
p:allemaal combineert|prijzen|0.98
p:allemaal de|bekritiseren|0.99
p:allemaal goed|bevelen|-0.88
p:allemaal kan|ik-boodschap|0.89
p:allemaal minder|geruststellen|0.98
p:allemaal op|geruststellen|0.92
p:allemaal regelt|geruststellen|-0.87
p:allemaal veel|gevoelsreflectie|0.86
p:allemaal wel|open-vraag|-0.96
p:alles aan|bekritiseren|-0.91
p:alles en|ik-boodschap|0.97
p:alles maar|waarschuwen|-0.92
p:alles op|gevoelsreflectie|-0.83
p:alles op|open-vraag|-0.93
p:alles op|moraliseren|-0.96
p:als afwezig|ik-boodschap|0.98
p:als afwezig|waarschuwen|-0.83
p:als daan|vervolgafspraak|1.74
p:als dat|jij-boodschap|1.77
p:als dat|waarschuwen|0.9
p:als dat|argumenteren|-0.98
p:als dat|bekritiseren|3.59
p:als dit|open-vraag|-0.93
p:als dit|bevelen|-1.0
p:als dit|moraliseren|-1.0
p:als dit|bekritiseren|-0.92
p:als een|open-vraag|-0.97
p:als een|bekritiseren|-0.93
p:als eerste|parafrase|-0.92
p:als eerste|samenvatting|0.96
p:als eerste|aanmoediging|-0.98
p:als er|vervolgafspraak|0.95
p:als finn|prijzen|0.9
p:als gijs|ik-boodschap|0.98
p:als gijs|parafrase|-0.98
p:als gijs|vervolgafspraak|-0.98
p:als het|jij-boodschap|0.75
p:als het|bekritiseren|2.77
p:als het|geruststellen|0.89
p:als hij|ik-boodschap|-0.97
p:als hij|samenvatting|-1.91
p:als hij|bevelen|-0.25
p:als hij|adviseren|0.9
p:als hij|bekritiseren|0.94
p:als hij|geruststellen|-0.98
p:als ik|ik-boodschap|-0.96
p:als ik|parafrase|2.89
p:als ik|gevoelsreflectie|-0.87
p:als ik|samenvatting|0.9
p:als ik|open-vraag|-0.94
p:als ik|bevelen|0.84
p:als ik|waarschuwen|-1.91
p:als ik|adviseren|0.95
p:als ik|argumenteren|-0.94
p:als ik|bekritiseren|0.18
p:als ik|interpreteren|-0.91
p:als ik|geruststellen|-0.72
p:als ik|vervolgafspraak|-1.73
p:als je|ik-boodschap|1.01
p:als je|jij-boodschap|-0.93
p:als je|bevelen|0.12
p:als je|waarschuwen|2.82
p:als je|moraliseren|0.23
p:als je|adviseren|0.91
p:als je|argumenteren|-0.94
p:als jij|ik-boodschap|0.95
p:als jij|waarschuwen|-0.9
p:als jullie|ik-boodschap|0.91
p:als keuzevak|parafrase|-0.94
p:als keuzevak|open-vraag|-0.94
p:als kim|open-vraag|1.0
p:als leerling|waarschuwen|-0.97
p:als leerling|moraliseren|0.92
p:als lotte|ik-boodschap|0.96
p:als lucas|waarschuwen|0.93
p:als mila|open-vraag|0.92
p:als moeder|moraliseren|0.99
p:als moeder|bekritiseren|0.5
p:als ouder|ik-boodschap|-0.93
p:als ouder|jij-boodschap|-0.95
p:als ouder|gevoelsreflectie|0.94
p:als ouder|moraliseren|0.93
p:als ouder|bekritiseren|-0.95
p:als ouders|waarschuwen|-0.97
p:als ouders|bekritiseren|-1.35
p:als u|waarschuwen|1.01
p:als u|bekritiseren|-0.19
p:als u|interpreteren|-1.0
p:als u|ondervragen|-1.0
p:als u|afleiden|-1.0
p:als u|afronding-aankondigen|-1.0
p:als uw|open-vraag|-0.97
p:als vader|moraliseren|0.77
p:als vader|adviseren|-1.85
p:als vader|argumenteren|-0.9
p:als verpleegkundige|prijzen|1.0
p:als we|jij-boodschap|-1.74
p:als we|waarschuwen|-0.81
p:als we|bekritiseren|-4.61
p:als we|ondervragen|0.87
p:als we|afronding-aankondigen|0.17
p:als ze|ik-boodschap|-0.95
p:als ze|waarschuwen|0.91
p:als ze|moraliseren|-0.98
p:als ze|argumenteren|0.98
p:als zoë|open-vraag|0.97
p:alsof het|bekritiseren|0.99
p:alsof je|jij-boodschap|-0.35
p:alsof je|gevoelsreflectie|1.96
p:alsof je|moraliseren|-0.98
p:alsof je|geruststellen|-0.97
p:alsof je|afleiden|-0.98
p:alsof u|aanmoediging|-0.99
p:alstublieft eerst|aanmoediging|-0.94
p:alstublieft zitten|bevelen|1.0
p:altijd degene|bekritiseren|-2.51
p:altijd een|argumenteren|-1.0
p:altijd een|bekritiseren|-0.98
p:altijd mag|bevelen|-0.89
p:altijd met|jij-boodschap|0.9
p:altijd met|bekritiseren|2.08
p:altijd pas|bekritiseren|1.56
p:altijd te|aanmoediging|-1.0
p:altijd te|interpreteren|-1.0
p:altijd te|ondervragen|-0.95
p:altijd voor|bekritiseren|-2.15
p:altijd welkom|jij-boodschap|-0.9
p:altijd welkom|prijzen|-0.97
p:altijd zo|waarschuwen|-0.81
p:altijd zo|bekritiseren|1.87
p:altijd zo|prijzen|1.9
p:altijd zo|vervolgafspraak|-0.86
p:altijd zonder|bekritiseren|0.74
p:altijd zulke|parafrase|-0.89
p:altijd zulke|bekritiseren|-0.95
p:amir ?|parafrase|-0.86
p:amira doet|bekritiseren|0.91
p:amira in|ik-boodschap|0.9
p:amira in|gevoelsreflectie|-0.95
p:ander groepje|bevelen|-0.8
p:ander profiel|samenvatting|-0.93
p:ander verhaal|afleiden|0.9
p:andere leerlingen|open-vraag|-0.97
p:andere moeder|parafrase|0.9
p:andere ouders|bekritiseren|0.98
p:andere ouders|interpreteren|0.96
p:andere plek|samenvatting|-0.84
p:andere school|parafrase|0.92
p:andere woorden|parafrase|1.91
p:andere woorden|samenvatting|-0.99
p:andere woorden|geruststellen|-0.96
p:anderen alles|ik-boodschap|0.97
p:anderen hun|ik-boodschap|0.95
p:anderen hun|waarschuwen|-0.9
p:anderen hun|interpreteren|-0.98
p:anderen je|prijzen|-0.97
p:anderen me|ik-boodschap|0.88
p:anders behandelt|parafrase|1.0
p:anders behandelt|argumenteren|-1.0
p:anders ga|bekritiseren|-0.87
p:anders laat|waarschuwen|1.71
p:anders moet|waarschuwen|-0.82
p:anders stop|bevelen|0.95
p:anders stop|waarschuwen|0.95
p:anders wordt|waarschuwen|0.99
p:anders wordt|argumenteren|-0.89
p:anders zien|jij-boodschap|-1.0
p:anders zitten|afronding-aankondigen|-0.93
p:angst zit|interpreteren|1.0
p:antwoord dan|argumenteren|-0.94
p:antwoord dan|vervolgafspraak|-0.82
p:apart gaat|ik-boodschap|0.97
p:app je|aanmoediging|-0.97
p:app je|vervolgafspraak|0.97
p:app niet|moraliseren|0.98
p:arm in|aanmoediging|-0.99
p:avond bij|parafrase|-0.9
p:avond een|adviseren|0.84
p:avond een|ondervragen|-0.84
p:avond er|afleiden|-0.99
p:avond tot|moraliseren|-0.98
p:avond tot|argumenteren|0.98
p:avonden verlopen|open-vraag|0.88
p:avonds beneden|adviseren|0.94
p:avonds laat|bekritiseren|-0.91
p:avonds omgaat|bekritiseren|0.99
p:ayoub hielp|ik-boodschap|0.73
p:ayoub is|samenvatting|0.93
p:baalt er|gevoelsreflectie|0.99
p:baalt ervan|gevoelsreflectie|0.98
p:baalt ervan|afleiden|0.75
p:baan heeft|ik-boodschap|-0.99
p:balen voor|gevoelsreflectie|-0.86
p:balen voor|open-vraag|0.93
p:balie ?|afleiden|-0.71
p:bang bent|bevelen|-0.94
p:bang bent|moraliseren|-0.95
p:bang bent|prijzen|-0.97
p:bang dat|parafrase|-0.87
p:bang dat|gevoelsreflectie|0.9
p:bang dat|samenvatting|0.83
p:bang dat|geruststellen|0.93
p:bang om|gevoelsreflectie|0.98
p:bang voor|geruststellen|1.0
p:bas naast|ik-boodschap|0.96
p:bed ?|ondervragen|0.83
p:bed ?|vervolgafspraak|-0.9
p:bed gaat|aanmoediging|-1.0
p:bed moeten|jij-boodschap|0.98
p:bed moeten|bekritiseren|0.98
p:bed te|jij-boodschap|-0.99
p:bed te|parafrase|-0.89
p:bed te|bevelen|-0.97
p:bed te|moraliseren|0.98
p:bed te|adviseren|-0.94
p:bed te|bekritiseren|-1.94
p:bedankt en|bedanken|0.94
p:bedankt voor|ik-boodschap|-0.78
p:bedankt voor|bekritiseren|2.33
p:bedankt voor|vervolgafspraak|-0.97
p:bedankt voor|bedanken|-0.67
p:bedoel niet|geruststellen|-0.98
p:bedoelt dat|jij-boodschap|-0.97
p:bedoelt dat|parafrase|1.98
p:bedoelt dat|adviseren|-0.98
p:bedoelt dat|bekritiseren|-0.99
p:bedtijd en|bekritiseren|-0.71
p:beetje geschrokken|gevoelsreflectie|1.81
p:beetje heimwee|interpreteren|0.78
p:beetje klaar|gevoelsreflectie|-0.94
p:beetje klaar|moraliseren|-1.0
p:beetje klaar|prijzen|-1.0
p:beetje klaar|etiketteren|-1.0
p:beetje overrompeld|adviseren|-1.0
p:beetje verdrietig|ik-boodschap|0.99
p:beetje verdrietig|gevoelsreflectie|0.96
p:beetje voor|ik-boodschap|-1.0
p:beetje zenuwachtig|jij-boodschap|-0.96
p:begin dat|geruststellen|0.98
p:begin meteen|afronding-aankondigen|-0.95
p:begin van|samenvatting|-0.92
p:beginnen we|waarschuwen|-0.89
p:begint er|jij-boodschap|0.98
p:begint mijn|vervolgafspraak|-0.96
p:begint mijn|bedanken|-0.96
p:begint om|interpreteren|0.81
p:begint op|argumenteren|-0.91
p:begon bij|moraliseren|-0.98
p:begon bij|interpreteren|-0.98
p:begon het|ik-boodschap|-0.94
p:begon na|parafrase|-0.93
p:begon na|samenvatting|0.93
p:begon pas|parafrase|0.96
p:begonnen na|parafrase|0.93
p:begrepen dat|ik-boodschap|-0.99
p:begrijp dat|gevoelsreflectie|-0.76
p:begrijp dat|bekritiseren|-0.23
p:begrijp dat|afleiden|1.08
p:begrijp gaat|samenvatting|-0.91
p:begrijp gaat|interpreteren|-0.91
p:begrijp heeft|ik-boodschap|-0.99
p:begrijp heeft|parafrase|0.99
p:begrijp heeft|gevoelsreflectie|-0.98
p:begrijp heeft|open-vraag|-0.98
p:begrijp heeft|waarschuwen|-0.91
p:begrijp het|aanmoediging|0.91
p:begrijp ik|parafrase|1.0
p:begrijp ik|gevoelsreflectie|0.99
p:begrijp is|vervolgafspraak|-0.9
p:begrijp komt|bekritiseren|-0.76
p:begrijp vindt|open-vraag|0.98
p:begrijpen dat|prijzen|-0.9
p:begrijpt dat|moraliseren|-1.0
p:begrijpt vast|geruststellen|-0.99
p:behandelt dan|parafrase|1.0
p:behandelt dan|argumenteren|-1.0
p:behulpzaam weer|bekritiseren|1.64
p:behulpzaam weer|afronding-aankondigen|-0.95
p:behulpzaam weer|bedanken|-1.83
p:bel ik|ik-boodschap|-0.78
p:bel ik|samenvatting|0.78
p:bel ik|waarschuwen|1.19
p:bel ik|bedanken|1.0
p:bel u|ik-boodschap|0.78
p:bel u|parafrase|-1.0
p:bel u|samenvatting|-2.7
p:bel u|bevelen|-0.95
p:bel u|adviseren|0.87
p:bel u|afronding-aankondigen|-0.98
p:bel u|vervolgafspraak|1.92
p:belachelijke opmerking|jij-boodschap|-1.0
p:belangrijk is|argumenteren|0.99
p:bellen hoe|bedanken|-0.83
p:belonen als|ik-boodschap|-0.95
p:beloningssysteem ?|adviseren|0.87
p:belt altijd|bekritiseren|0.69
p:belt bij|samenvatting|0.95
p:belt bij|afronding-aankondigen|0.95
p:belt bij|bedanken|0.84
p:belt kan|samenvatting|-0.99
p:belt mij|prijzen|-0.93
p:belt morgen|bevelen|1.65
p:belt morgen|vervolgafspraak|-0.83
p:belt u|bevelen|-0.63
p:belt u|bekritiseren|0.87
p:belt voortaan|bevelen|0.74
p:bemoeit zich|gevoelsreflectie|-0.76
p:bemoeit zich|bekritiseren|1.47
p:ben benieuwd|open-vraag|0.96
p:ben best|ik-boodschap|0.94
p:ben best|jij-boodschap|-0.94
p:ben best|bekritiseren|-0.94
p:ben bezorgd|vervolgafspraak|0.96
p:ben echt|ik-boodschap|0.98
p:ben echt|bekritiseren|1.0
p:ben echt|geruststellen|-0.99
p:ben eerlijk|bekritiseren|-0.98
p:ben er|gevoelsreflectie|-1.94
p:ben het|adviseren|-0.94
p:ben je|parafrase|0.98
p:ben je|adviseren|-0.78
p:ben je|geruststellen|0.9
p:ben jij|bevelen|-0.84
p:ben jij|etiketteren|1.0
p:ben meneer|ik-boodschap|-0.97
p:ben mevrouw|etiketteren|-0.58
p:ben nog|bevelen|1.0
p:ben ongerust|ik-boodschap|0.99
p:ben opgelucht|bevelen|-1.0
p:ben teleurgesteld|waarschuwen|-1.0
p:ben u|bedanken|0.54
p:beneden peil|bekritiseren|0.98
p:beneden te|adviseren|0.94
p:benieuwd naar|open-vraag|0.96
p:bent altijd|waarschuwen|-0.81
p:bent altijd|bekritiseren|-1.46
p:bent altijd|prijzen|0.93
p:bent altijd|vervolgafspraak|-0.86
p:bent bang|parafrase|-0.87
p:bent bang|gevoelsreflectie|0.9
p:bent bang|samenvatting|0.83
p:bent bang|geruststellen|0.93
p:bent boos|gevoelsreflectie|1.85
p:bent boos|adviseren|0.98
p:bent boos|prijzen|-0.98
p:bent boos|ondervragen|0.92
p:bent bram|geruststellen|-0.96
p:bent daar|gevoelsreflectie|0.82
p:bent dat|bevelen|-0.94
p:bent dat|prijzen|-0.97
p:bent de|prijzen|-1.0
p:bent de|etiketteren|-0.91
p:bent de|ondervragen|-1.0
p:bent denk|interpreteren|0.95
p:bent deze|samenvatting|-0.99
p:bent deze|etiketteren|-0.93
p:bent duidelijk|bedanken|-0.83
p:bent dus|parafrase|0.99
p:bent dus|gevoelsreflectie|0.89
p:bent dus|prijzen|0.93
p:bent echt|jij-boodschap|1.75
p:bent echt|gevoelsreflectie|-1.0
p:bent echt|adviseren|-0.97
p:bent echt|bekritiseren|-1.0
p:bent echt|etiketteren|1.59
p:bent echt|geruststellen|-0.81
p:bent echt|afleiden|-0.97
p:bent een|prijzen|1.91
p:bent een|etiketteren|0.97
p:bent een|interpreteren|-0.94
p:bent eigenlijk|interpreteren|1.0
p:bent en|adviseren|-0.93
p:bent er|jij-boodschap|0.34
p:bent er|gevoelsreflectie|1.0
p:bent er|aanmoediging|-1.0
p:bent er|waarschuwen|-1.0
p:bent er|moraliseren|-1.0
p:bent er|bekritiseren|0.54
p:bent er|prijzen|-1.0
p:bent er|etiketteren|-1.0
p:bent er|geruststellen|-0.94
p:bent er|afronding-aankondigen|-1.0
p:bent gekomen|parafrase|-1.0
p:bent gekomen|bevelen|-1.0
p:bent gekomen|argumenteren|-1.0
p:bent gekomen|bekritiseren|-1.0
p:bent gekomen|vervolgafspraak|-1.0
p:bent gekwetst|parafrase|0.9
p:bent geweest|gevoelsreflectie|-0.77
p:bent gewoon|adviseren|-0.99
p:bent gewoon|bekritiseren|2.81
p:bent gewoon|etiketteren|0.44
p:bent heel|gevoelsreflectie|-0.88
p:bent helemaal|jij-boodschap|-0.92
p:bent ik|ik-boodschap|0.89
p:bent ik|gevoelsreflectie|0.95
p:bent kwaad|interpreteren|1.0
p:bent maar|bevelen|0.65
p:bent maar|adviseren|-0.94
p:bent maar|geruststellen|0.92
p:bent maar|afleiden|0.17
p:bent milan|waarschuwen|0.99
p:bent niet|bekritiseren|0.83
p:bent nogal|bekritiseren|0.81
p:bent nooit|bekritiseren|-1.99
p:bent om|moraliseren|-0.95
p:bent onbeleefd|bekritiseren|-1.52
p:bent oneerlijk|gevoelsreflectie|-0.91
p:bent oneerlijk|bekritiseren|0.91
p:bent ook|bekritiseren|0.82
p:bent op|afleiden|-0.87
p:bent soms|jij-boodschap|1.68
p:bent soms|etiketteren|1.31
p:bent teleurgesteld|open-vraag|-1.0
p:bent teleurgesteld|interpreteren|-1.0
p:bent toch|waarschuwen|-0.82
p:bent toch|prijzen|1.0
p:bent toch|etiketteren|-0.94
p:bent u|gevoelsreflectie|1.88
p:bent u|open-vraag|-0.9
p:bent u|moraliseren|-0.92
p:bent u|adviseren|0.97
p:bent u|bekritiseren|-1.46
p:bent u|etiketteren|0.86
p:bent u|ondervragen|1.85
p:bent veel|bekritiseren|-2.17
p:bent volgens|jij-boodschap|-0.96
p:bent volgens|interpreteren|0.96
p:bent voor|ik-boodschap|-0.97
p:bent zo'n|jij-boodschap|-1.0
p:bent zo'n|prijzen|1.9
p:bent zo'n|etiketteren|0.93
p:bent zo'n|interpreteren|-1.0
p:bent zo'n|geruststellen|-0.99
p:bent zo'n|ondervragen|-0.91
p:bereikbaar als|bekritiseren|-3.15
p:bericht krijgt|argumenteren|0.87
p:bericht om|ik-boodschap|-0.72
p:bericht van|jij-boodschap|0.92
p:bericht van|bekritiseren|1.72
p:bericht wist|vervolgafspraak|-0.96
p:berichten in|jij-boodschap|1.9
p:berichten in|bekritiseren|1.69
p:bescherming neemt|jij-boodschap|1.0
p:bescherming neemt|bekritiseren|0.89
p:bescherming neemt|prijzen|-1.0
p:beschermt haar|interpreteren|0.95
p:besloten dat|ik-boodschap|-0.95
p:besluit van|bedanken|0.88
p:bespreken waar|ik-boodschap|0.98
p:bespreken waar|parafrase|-0.98
p:bespreken waar|vervolgafspraak|-0.98
p:bespreken we|samenvatting|0.9
p:bespreken we|vervolgafspraak|0.9
p:besproken hoe|samenvatting|0.98
p:besproken hoe|open-vraag|-0.98
p:best bezorgd|ik-boodschap|0.94
p:best bezorgd|jij-boodschap|-0.94
p:best bezorgd|bekritiseren|-0.94
p:best dat|waarschuwen|-0.82
p:best een|adviseren|-0.97
p:best een|prijzen|0.97
p:best een|afleiden|-0.97
p:best moet|jij-boodschap|-0.97
p:best niet|jij-boodschap|0.71
p:best spannend|ik-boodschap|-0.99
p:best spannend|bekritiseren|-0.85
p:best uitleggen|bevelen|-0.9
p:best wil|geruststellen|-0.9
p:best zenuwachtig|parafrase|-1.0
p:best zenuwachtig|open-vraag|1.0
p:best zenuwachtig|vervolgafspraak|-1.0
p:beste een|adviseren|0.99
p:beste gebruiken|open-vraag|-0.91
p:beste is|adviseren|0.95
p:beste voor|afronding-aankondigen|-0.81
p:beter dan|aanmoediging|-0.93
p:beter dan|etiketteren|0.93
p:beter in|bekritiseren|-0.94
p:beter maar|samenvatting|0.94
p:beter met|samenvatting|-0.95
p:beter meteen|moraliseren|-0.99
p:beter meteen|adviseren|0.99
p:beter moet|gevoelsreflectie|-0.88
p:beter moeten|jij-boodschap|-0.91
p:beter moeten|bekritiseren|-0.85
p:beter plannen|bevelen|0.88
p:beter worden|geruststellen|0.99
p:betrokken moeder|prijzen|-0.83
p:betrokken ouder|prijzen|0.93
p:betrokken ouder|geruststellen|-0.99
p:betrokken vader|jij-boodschap|-1.0
p:betrokken vader|prijzen|1.0
p:betrokken vader|interpreteren|-1.0
p:betrokken zijn|ik-boodschap|-0.97
p:bevalt het|open-vraag|-0.96
p:bevalt het|afleiden|0.96
p:bevorderen naar|waarschuwen|0.82
p:bevorderen zit|parafrase|-0.92
p:bezig weer|bekritiseren|1.78
p:bezig weer|etiketteren|-0.66
p:bezorgd omdat|vervolgafspraak|0.96
p:bezorgd ze|ik-boodschap|0.94
p:bezorgd ze|jij-boodschap|-0.94
p:bezorgd ze|bekritiseren|-0.94
p:beëindig dit|ik-boodschap|-0.98
p:bibliotheek ?|ondervragen|-0.98
p:bieden als|bevelen|-0.57
p:biedt je|bevelen|0.94
p:biedt je|waarschuwen|-0.94
p:bij ?|argumenteren|-0.82
p:bij bent|jij-boodschap|-0.92
p:bij bent|bekritiseren|-0.75
p:bij de|ik-boodschap|1.03
p:bij de|samenvatting|0.9
p:bij de|bevelen|0.9
p:bij de|moraliseren|-1.91
p:bij de|adviseren|-0.87
p:bij de|bekritiseren|0.94
p:bij de|ondervragen|-0.87
p:bij de|afleiden|1.11
p:bij de|vervolgafspraak|0.9
p:bij haar|ik-boodschap|-0.76
p:bij hem|ik-boodschap|-0.98
p:bij hem|adviseren|0.98
p:bij het|gevoelsreflectie|0.97
p:bij het|open-vraag|0.94
p:bij het|bevelen|0.9
p:bij het|moraliseren|-0.98
p:bij het|adviseren|0.97
p:bij het|interpreteren|-0.98
p:bij het|afleiden|-0.93
p:bij het|afronding-aankondigen|-0.95
p:bij in|bekritiseren|-0.82
p:bij is|ik-boodschap|0.88
p:bij je|ik-boodschap|-0.82
p:bij je|samenvatting|-0.81
p:bij je|adviseren|-0.78
p:bij jullie|gevoelsreflectie|-0.96
p:bij jullie|adviseren|-0.87
p:bij jullie|afleiden|-0.99
p:bij laten|afleiden|-0.91
p:bij me|vervolgafspraak|-0.99
p:bij mevrouw|interpreteren|-0.96
p:bij mij|jij-boodschap|-0.64
p:bij mij|gevoelsreflectie|-1.0
p:bij mij|vervolgafspraak|1.0
p:bij nederlands|vervolgafspraak|-0.92
p:bij ons|argumenteren|0.95
p:bij op|moraliseren|0.94
p:bij scheikunde|bevelen|-0.8
p:bij school|ik-boodschap|-0.93
p:bij toch|geruststellen|-0.87
p:bij u|parafrase|-0.9
p:bij voetbal|open-vraag|-0.99
p:bij voetbal|bekritiseren|-0.99
p:bij voetbal|ondervragen|-0.99
p:bij voetbal|afleiden|0.99
p:bij wat|gevoelsreflectie|0.96
p:bij wiskunde|gevoelsreflectie|-0.96
p:bij wiskunde|argumenteren|-0.98
p:bij zich|ik-boodschap|-0.96
p:bij zich|vervolgafspraak|0.92
p:bij ziekte|samenvatting|0.95
p:bij ziekte|afronding-aankondigen|0.95
p:bij ziekte|bedanken|0.84
p:bij zijn|parafrase|0.94
p:bij zijn|samenvatting|-1.0
p:bijbaantje te|adviseren|0.99
p:bijhoudt en|ik-boodschap|-0.99
p:bijhoudt en|jij-boodschap|-0.82
p:bijhoudt en|samenvatting|0.99
p:bijhoudt en|vervolgafspraak|0.99
p:bijles daarmee|afronding-aankondigen|0.97
p:bijles en|samenvatting|0.95
p:bijles en|afleiden|-0.81
p:bijles en|afronding-aankondigen|0.95
p:bijles en|bedanken|0.84
p:bijles gestopt|vervolgafspraak|-0.9
p:bijles ik|bedanken|-0.92
p:bijles krijgt|samenvatting|1.0
p:bijles krijgt|prijzen|0.98
p:bijles krijgt|vervolgafspraak|1.0
p:bijles te|open-vraag|-1.0
p:bijles te|adviseren|1.0
p:bijles te|bedanken|-0.92
p:bijna door|vervolgafspraak|-0.79
p:bijna niet|ik-boodschap|0.92
p:bijna niks|bekritiseren|-0.97
p:bijwerkt kan|ik-boodschap|0.98
p:bijwerkt kan|parafrase|-0.98
p:bijwerkt kan|vervolgafspraak|-0.98
p:binnen en|samenvatting|-0.81
p:binnen twee|argumenteren|0.95
p:binnengekregen waardoor|ik-boodschap|0.97
p:binnengekregen waardoor|bevelen|-0.82
p:binnengekregen waardoor|bekritiseren|-0.82
p:binnenkomt moet|ik-boodschap|0.99
p:binnenkomt waardoor|vervolgafspraak|-0.92
p:binnenkomt wat|parafrase|-0.99
p:binnenkwam wat|ik-boodschap|0.95
p:biologie nog|ik-boodschap|0.97
p:biologie nog|bevelen|-0.82
p:biologie nog|bekritiseren|-0.82
p:blauw oog|ik-boodschap|0.95
p:blij mee|ik-boodschap|1.0
p:blij mee|gevoelsreflectie|-1.0
p:blij mee|open-vraag|-1.0
p:blijft een|samenvatting|0.94
p:blijft femke|bevelen|-1.0
p:blijft femke|moraliseren|-1.0
p:blijft hij|ik-boodschap|-0.97
p:blijft kan|waarschuwen|0.82
p:blijft liggen|open-vraag|-0.93
p:blijft na|bekritiseren|-0.98
p:blijft oefenen|waarschuwen|-0.95
p:blijft reageren|waarschuwen|1.0
p:blijft reageren|interpreteren|-1.0
p:blijft u|bevelen|1.0
p:blijft wordt|bekritiseren|0.92
p:blijft zitten|parafrase|-0.87
p:blijft zitten|gevoelsreflectie|0.93
p:blijft zitten|bevelen|-0.94
p:blijft zitten|geruststellen|0.93
p:blijkt dat|argumenteren|0.99
p:blijven onderbreken|afronding-aankondigen|0.98
p:blijven praten|ik-boodschap|0.98
p:blijven praten|afronding-aankondigen|0.87
p:blijven zitten|gevoelsreflectie|-0.93
p:blijven zitten|argumenteren|1.0
p:blijven zitten|geruststellen|0.9
p:boek thuis|samenvatting|-0.95
p:boeken ?|bekritiseren|0.74
p:boeken komt|open-vraag|0.92
p:boeken niet|ik-boodschap|-0.96
p:boos bent|ik-boodschap|0.89
p:boos bent|bevelen|0.65
p:boos bent|geruststellen|-0.92
p:boos bent|afleiden|0.98
p:boos binnenkomt|parafrase|-0.99
p:boos dat|adviseren|0.98
p:boos dat|prijzen|-0.98
p:boos om|adviseren|-0.93
p:boos omdat|gevoelsreflectie|0.91
p:boos op|gevoelsreflectie|0.85
p:boos op|bekritiseren|1.0
p:boos op|interpreteren|1.0
p:boos op|ondervragen|0.92
p:boos worden|vervolgafspraak|-0.9
p:boze gedrag|bekritiseren|-0.86
p:bram als|ik-boodschap|-0.94
p:bram als|waarschuwen|0.9
p:bram als|bekritiseren|0.9
p:bram dat|geruststellen|0.99
p:bram dus|waarschuwen|-0.82
p:bram erbij|vervolgafspraak|0.98
p:bram gisteren|ik-boodschap|0.95
p:bram hou|bevelen|0.84
p:bram ik|geruststellen|-0.96
p:bram je|moraliseren|-0.99
p:bram je|adviseren|0.99
p:bram jij|jij-boodschap|1.64
p:bram leuk|jij-boodschap|-0.92
p:bram leuk|bekritiseren|-0.75
p:bram nog|ik-boodschap|-0.96
p:bram te|parafrase|0.97
p:bram waar|adviseren|-0.78
p:bram wat|open-vraag|-0.9
p:bram wat|afleiden|0.9
p:bram zit|ik-boodschap|0.92
p:breek het|afronding-aankondigen|0.8
p:brief over|ik-boodschap|-0.99
p:brief over|parafrase|0.99
p:broer dat|bevelen|0.94
p:broer op|waarschuwen|-0.97
p:broer zei|jij-boodschap|-1.0
p:broer zei|aanmoediging|-1.0
p:broer zei|bekritiseren|-1.0
p:broer zei|interpreteren|-1.0
p:broertje ?|afleiden|-0.94
p:brugklassers hebben|geruststellen|0.98
p:brutaal kevin|bekritiseren|0.94
p:brutaal kevin|etiketteren|-0.55
p:brutaal tegen|bekritiseren|-2.28
p:buiten begeleiden|waarschuwen|1.71
p:buiten je|ik-boodschap|0.98
p:buiten je|bekritiseren|-0.8
p:buiten zit|ik-boodschap|-0.85
p:buitengesloten het|parafrase|-0.93
p:buitengesloten het|samenvatting|0.93
p:buitengesloten voelt|jij-boodschap|-0.97
p:bureau ligt|bevelen|0.95
p:chagrijn vandaag|jij-boodschap|-0.89
p:chagrijn vandaag|prijzen|-0.95
p:chagrijn vandaag|etiketteren|1.55
p:checken of|parafrase|0.93
p:checken of|samenvatting|-0.84
p:cijfer dit|interpreteren|1.0
p:cijfer geven|jij-boodschap|-1.0
p:cijfer geven|waarschuwen|-1.0
p:cijfer geven|bekritiseren|-1.0
p:cijfer kan|ik-boodschap|0.97
p:cijfer kan|bevelen|-0.82
p:cijfer kan|bekritiseren|-0.82
p:cijfer maar|samenvatting|-0.91
p:cijfer maar|interpreteren|-0.91
p:cijfer nog|ik-boodschap|0.95
p:cijfer te|parafrase|0.92
p:cijfer te|argumenteren|0.92
p:cijfer toe|bevelen|-0.63
p:cijfer voor|gevoelsreflectie|-0.98
p:cijfer voor|afleiden|0.79
p:cijfers dalen|parafrase|-0.99
p:cijfers dalen|vervolgafspraak|-0.99
p:cijfers de|jij-boodschap|-0.9
p:cijfers de|bekritiseren|-0.9
p:cijfers en|gevoelsreflectie|-0.1
p:cijfers en|samenvatting|1.21
p:cijfers en|open-vraag|-1.0
p:cijfers hij|samenvatting|0.93
p:cijfers liegen|argumenteren|0.85
p:cijfers niet|waarschuwen|0.98
p:cijfers niet|geruststellen|-0.98
p:cijfers voor|jij-boodschap|-0.91
p:cijfers voor|open-vraag|1.0
p:cijfers voor|afleiden|-0.98
p:cijfers zakken|samenvatting|0.96
p:cijfers zijn|samenvatting|-1.0
p:cijfers zijn|moraliseren|-1.0
p:cijfers zijn|afronding-aankondigen|-0.99
p:clown van|jij-boodschap|0.62
p:clown van|bekritiseren|-1.0
p:clown van|etiketteren|1.08
p:collega komt|geruststellen|-0.79
p:collega van|bevelen|-0.63
p:combineert dan|gevoelsreflectie|-0.98
p:combineert dan|bekritiseren|-0.9
p:combineert dan|prijzen|0.98
p:communicatie beter|gevoelsreflectie|-0.88
p:concentratie kwijtraken|interpreteren|-0.98
p:concentratie verlagen|argumenteren|0.96
p:concentreren kunnen|vervolgafspraak|0.96
p:conciërge gebeld|parafrase|-1.0
p:conciërge gebeld|vervolgafspraak|-1.0
p:conciërge naar|waarschuwen|1.71
p:consequent geweest|gevoelsreflectie|-0.88
p:contact graag|open-vraag|0.99
p:contact met|samenvatting|0.95
p:contact met|vervolgafspraak|1.0
p:contact moeten|etiketteren|-0.96
p:contact oké|aanmoediging|-0.92
p:contact opneemt|open-vraag|0.99
p:contacten met|samenvatting|-0.95
p:controleert dat|ondervragen|0.83
p:controleert dat|vervolgafspraak|-0.9
p:controleert elke|waarschuwen|-1.0
p:controleert elke|moraliseren|1.0
p:controleert over|samenvatting|1.0
p:controleert over|vervolgafspraak|1.0
p:controleren thuis|bekritiseren|-2.38
p:daan anders|parafrase|1.0
p:daan anders|argumenteren|-1.0
p:daan daarop|ondervragen|-0.8
p:daan je|parafrase|-1.0
p:daan je|open-vraag|1.0
p:daan je|vervolgafspraak|-1.0
p:daan morgen|bevelen|-0.89
p:daan morgen|bekritiseren|-0.89
p:daan niet|samenvatting|0.98
p:daan voelt|samenvatting|0.95
p:daan zelf|adviseren|-0.97
p:daan zijn|vervolgafspraak|1.74
p:daar bij|argumenteren|-0.82
p:daar ga|bevelen|-0.67
p:daar gaat|afleiden|0.91
p:daar grenzen|moraliseren|0.99
p:daar grenzen|bekritiseren|0.5
p:daar hebben|samenvatting|-1.0
p:daar hebben|etiketteren|1.0
p:daar hoeft|moraliseren|-0.94
p:daar hoeft|bekritiseren|-0.61
p:daar hoeft|afleiden|1.8
p:daar is|interpreteren|0.83
p:daar kan|ik-boodschap|-0.91
p:daar kan|argumenteren|0.91
p:daar maak|open-vraag|0.97
p:daar niks|bekritiseren|1.0
p:daar nog|samenvatting|1.0
p:daar nog|open-vraag|1.0
p:daar nu|parafrase|0.87
p:daar nu|gevoelsreflectie|0.98
p:daar nu|bevelen|0.84
p:daar nu|afleiden|0.98
p:daar ongerust|gevoelsreflectie|0.98
p:daar schrok|ik-boodschap|1.75
p:daar schrok|gevoelsreflectie|-0.95
p:daar thuis|samenvatting|0.98
p:daar valt|waarschuwen|-0.99
p:daar valt|afleiden|-0.77
p:daar vast|gevoelsreflectie|0.82
p:daar word|ik-boodschap|-0.98
p:daar word|bekritiseren|-0.91
p:daar zelf|parafrase|0.92
p:daar zelf|gevoelsreflectie|-0.94
p:daaraan doet|parafrase|-0.93
p:daaraan doet|samenvatting|0.93
p:daardoor de|parafrase|-0.93
p:daardoor de|samenvatting|0.93
p:daardoor doen|ik-boodschap|0.97
p:daardoor dom|bedanken|0.7
p:daardoor kan|ik-boodschap|-0.89
p:daardoor kan|jij-boodschap|-1.0
p:daardoor kan|waarschuwen|-1.0
p:daardoor kan|bekritiseren|-1.0
p:daarin ?|samenvatting|-0.93
p:daarmee anders|bekritiseren|-0.87
p:daarmee wil|afronding-aankondigen|0.97
p:daarna weten|bedanken|-0.97
p:daarom is|argumenteren|-0.99
p:daarom niet|parafrase|0.98
p:daarom niks|samenvatting|-0.95
p:daarom zo|ik-boodschap|-0.98
p:daarom zoekt|bekritiseren|-0.94
p:daaronder vooral|interpreteren|1.0
p:daarop gereageerd|ondervragen|-0.8
p:daartegenaan ?|ik-boodschap|0.99
p:daartegenaan ?|jij-boodschap|-0.95
p:daartegenaan ?|bekritiseren|-0.95
p:daarvan ?|ik-boodschap|0.95
p:daarvan ?|ondervragen|-0.98
p:daarvan thuis|open-vraag|0.97
p:daden gevolgen|moraliseren|0.97
p:dag ?|ondervragen|0.98
p:dag de|waarschuwen|-1.0
p:dag de|moraliseren|1.0
p:dag een|vervolgafspraak|-1.0
p:dag je|ik-boodschap|1.0
p:dag je|gevoelsreflectie|-1.0
p:dag je|open-vraag|-1.0
p:dag slecht|vervolgafspraak|0.96
p:dag te|bekritiseren|0.99
p:dagen ?|ondervragen|0.98
p:dagen wegbleef|vervolgafspraak|-0.96
p:dagen woensdag|samenvatting|-0.93
p:dagopening mist|vervolgafspraak|-0.92
p:dan ?|samenvatting|-0.98
p:dan ?|moraliseren|-0.92
p:dan ?|bekritiseren|-0.98
p:dan ?|ondervragen|0.98
p:dan beginnen|waarschuwen|-0.89
p:dan de|parafrase|1.0
p:dan de|aanmoediging|-0.93
p:dan de|argumenteren|-1.0
p:dan de|etiketteren|0.93
p:dan gaan|afronding-aankondigen|-0.96
p:dan gaat|adviseren|-0.87
p:dan gisteravond|ondervragen|0.94
p:dan het|geruststellen|0.98
p:dan in|ik-boodschap|0.91
p:dan in|adviseren|0.8
p:dan kan|argumenteren|-0.94
p:dan kan|geruststellen|-0.87
p:dan kan|vervolgafspraak|0.14
p:dan kijken|samenvatting|-0.82
p:dan komen|etiketteren|-0.94
p:dan kun|prijzen|1.0
p:dan kunt|moraliseren|-0.92
p:dan kunt|etiketteren|-0.92
p:dan lukt|gevoelsreflectie|-0.98
p:dan lukt|bekritiseren|-0.9
p:dan lukt|prijzen|0.98
p:dan moet|bevelen|-0.99
p:dan normaal|moraliseren|1.78
p:dan over|interpreteren|0.69
p:dan ronden|bedanken|-0.11
p:dan sluiten|prijzen|-0.98
p:dan sluiten|afronding-aankondigen|0.98
p:dan sluiten|bedanken|0.7
p:dan sta|ik-boodschap|0.93
p:dan tekenen|jij-boodschap|-0.98
p:dan tekenen|waarschuwen|-0.98
p:dan tekenen|geruststellen|-0.64
p:dan thuisgehouden|bekritiseren|0.93
p:dan verwacht|prijzen|-0.98
p:dan vinden|prijzen|0.98
p:dan voel|ik-boodschap|0.91
p:dan zie|afronding-aankondigen|0.95
p:dank je|interpreteren|-0.83
p:dank je|afronding-aankondigen|0.93
p:dank je|vervolgafspraak|0.93
p:dank je|bedanken|0.78
p:dank jullie|bekritiseren|-0.94
p:dank u|jij-boodschap|-0.92
p:dank u|parafrase|-1.0
p:dank u|gevoelsreflectie|-0.77
p:dank u|bevelen|-1.0
p:dank u|waarschuwen|-1.0
p:dank u|argumenteren|-1.0
p:dank u|bekritiseren|-0.15
p:dank u|prijzen|-1.82
p:dank u|vervolgafspraak|-1.92
p:dank u|bedanken|2.83
p:dank voor|bedanken|0.88
p:dankbaar dat|bedanken|0.54
p:dankjewel dan|bedanken|0.51
p:dankjewel voor|adviseren|-0.96
p:dankjewel voor|afronding-aankondigen|-0.96
p:dankjewel voor|bedanken|0.98
p:dat ?|parafrase|-1.0
p:dat ?|samenvatting|0.94
p:dat ?|argumenteren|-0.82
p:dat ?|prijzen|-1.0
p:dat ?|ondervragen|-0.16
p:dat ?|vervolgafspraak|-1.9
p:dat advies|ik-boodschap|-0.98
p:dat alleen|gevoelsreflectie|-0.92
p:dat alleen|bevelen|-0.94
p:dat alleen|argumenteren|-0.92
p:dat alleen|interpreteren|0.84
p:dat alleen|geruststellen|-0.89
p:dat allemaal|gevoelsreflectie|-0.98
p:dat allemaal|bekritiseren|-0.9
p:dat allemaal|prijzen|0.98
p:dat allemaal|geruststellen|-0.87
p:dat amira|ik-boodschap|-0.85
p:dat begrijp|gevoelsreflectie|0.99
p:dat bij|waarschuwen|0.81
p:dat bij|adviseren|-0.87
p:dat blijft|open-vraag|-0.93
p:dat boze|bekritiseren|-0.86
p:dat bram|ik-boodschap|0.95
p:dat daaronder|interpreteren|1.0
p:dat dat|bevelen|0.95
p:dat de|parafrase|3.91
p:dat de|gevoelsreflectie|-1.86
p:dat de|open-vraag|1.08
p:dat de|argumenteren|1.79
p:dat de|bekritiseren|-0.99
p:dat de|prijzen|-0.97
p:dat de|interpreteren|-0.98
p:dat dit|waarschuwen|-0.82
p:dat dit|argumenteren|-0.98
p:dat dit|prijzen|0.98
p:dat dit|ondervragen|-0.91
p:dat doet|waarschuwen|-0.97
p:dat doet|moraliseren|-0.97
p:dat doet|geruststellen|-0.95
p:dat doet|ondervragen|-0.97
p:dat doet|afleiden|0.95
p:dat duidelijk|bevelen|0.93
p:dat een|adviseren|-1.0
p:dat een|bekritiseren|-0.97
p:dat een|prijzen|-1.0
p:dat emma|bedanken|-0.93
p:dat emre|ik-boodschap|-0.99
p:dat er|samenvatting|-0.95
p:dat er|interpreteren|0.97
p:dat eva|ik-boodschap|-0.76
p:dat even|afronding-aankondigen|-0.93
p:dat fenna's|aanmoediging|-0.99
p:dat fijn|interpreteren|-0.82
p:dat formulier|bevelen|0.95
p:dat frustreert|samenvatting|-0.81
p:dat frustreert|afronding-aankondigen|0.87
p:dat frustreert|bedanken|-0.51
p:dat gaat|parafrase|-0.87
p:dat gaat|geruststellen|3.8
p:dat gaat|afleiden|-0.99
p:dat gebeurt|gevoelsreflectie|-0.99
p:dat gebeurt|geruststellen|0.78
p:dat gedoe|open-vraag|-0.9
p:dat gedoe|afleiden|1.84
p:dat geeft|samenvatting|-0.99
p:dat geen|bekritiseren|1.0
p:dat gesprek|bedanken|-0.83
p:dat gezeur|afleiden|-0.99
p:dat goed|adviseren|-0.87
p:dat haalt|geruststellen|0.95
p:dat had|jij-boodschap|0.98
p:dat had|bekritiseren|0.98
p:dat hebben|afleiden|-0.85
p:dat heeft|moraliseren|-0.99
p:dat heeft|bekritiseren|0.99
p:dat het|jij-boodschap|0.79
p:dat het|parafrase|-0.99
p:dat het|gevoelsreflectie|-0.86
p:dat het|samenvatting|0.83
p:dat het|bekritiseren|0.73
p:dat het|prijzen|0.98
p:dat het|interpreteren|-0.99
p:dat het|afleiden|-0.95
p:dat het|bedanken|0.93
p:dat hij|ik-boodschap|-0.91
p:dat hij|jij-boodschap|-0.15
p:dat hij|parafrase|1.99
p:dat hij|gevoelsreflectie|-1.01
p:dat hij|open-vraag|0.9
p:dat hij|aanmoediging|-1.0
p:dat hij|moraliseren|-0.91
p:dat hij|bekritiseren|0.9
p:dat hij|etiketteren|0.84
p:dat hij|interpreteren|-0.93
p:dat hij|geruststellen|0.9
p:dat hij|afronding-aankondigen|-0.98
p:dat hij|vervolgafspraak|1.0
p:dat hij|bedanken|-0.99
p:dat hoort|argumenteren|-0.96
p:dat hoort|bekritiseren|-0.93
p:dat hoort|interpreteren|-0.96
p:dat hoort|afleiden|0.9
p:dat huiswerkritme|geruststellen|-0.87
p:dat ik|ik-boodschap|-1.87
p:dat ik|jij-boodschap|0.1
p:dat ik|parafrase|0.97
p:dat ik|samenvatting|0.99
p:dat ik|moraliseren|-1.0
p:dat ik|bekritiseren|0.91
p:dat ik|vervolgafspraak|0.99
p:dat in|jij-boodschap|-0.96
p:dat in|bevelen|-0.95
p:dat incident|afleiden|0.93
p:dat irriteert|parafrase|-0.99
p:dat is|jij-boodschap|-0.89
p:dat is|bevelen|-0.94
p:dat is|moraliseren|-0.75
p:dat is|bekritiseren|1.81
p:dat is|interpreteren|-0.91
p:dat is|geruststellen|1.71
p:dat is|afleiden|0.92
p:dat jammer|ik-boodschap|0.97
p:dat jara|bekritiseren|-0.97
p:dat jayden|jij-boodschap|-0.95
p:dat jayden|gevoelsreflectie|0.95
p:dat jayden|bekritiseren|-0.95
p:dat je|ik-boodschap|2.66
p:dat je|jij-boodschap|1.8
p:dat je|parafrase|-0.87
p:dat je|gevoelsreflectie|-2.0
p:dat je|samenvatting|-0.95
p:dat je|open-vraag|-1.0
p:dat je|bevelen|-0.27
p:dat je|waarschuwen|-0.99
p:dat je|moraliseren|-0.1
p:dat je|adviseren|-0.25
p:dat je|bekritiseren|2.11
p:dat je|prijzen|0.93
p:dat je|interpreteren|1.14
p:dat je|afleiden|-0.9
p:dat je|vervolgafspraak|-1.91
p:dat je|bedanken|0.51
p:dat jesse|parafrase|0.93
p:dat jesse|samenvatting|-0.84
p:dat jij|ik-boodschap|-0.99
p:dat jij|jij-boodschap|-0.26
p:dat jij|samenvatting|0.99
p:dat jij|bekritiseren|2.36
p:dat jij|interpreteren|-1.79
p:dat jij|geruststellen|0.84
p:dat jij|ondervragen|-0.86
p:dat jij|vervolgafspraak|0.99
p:dat jullie|ik-boodschap|-0.97
p:dat jullie|jij-boodschap|-0.91
p:dat jullie|bekritiseren|-0.79
p:dat jullie|vervolgafspraak|-0.96
p:dat klinkt|parafrase|0.87
p:dat klinkt|gevoelsreflectie|1.97
p:dat klinkt|samenvatting|-0.98
p:dat klinkt|open-vraag|-0.97
p:dat klinkt|aanmoediging|-0.99
p:dat klinkt|moraliseren|-0.98
p:dat klinkt|bekritiseren|-0.98
p:dat klinkt|afleiden|-0.98
p:dat klopt|ik-boodschap|-0.93
p:dat klopt|argumenteren|1.94
p:dat klopt|bekritiseren|-0.93
p:dat klopt|geruststellen|-0.92
p:dat klopt|afleiden|-0.93
p:dat komt|parafrase|-0.92
p:dat komt|open-vraag|-0.96
p:dat komt|bevelen|-0.88
p:dat komt|interpreteren|1.91
p:dat komt|geruststellen|0.92
p:dat komt|afleiden|-1.86
p:dat kost|ik-boodschap|0.99
p:dat kwetst|ik-boodschap|0.88
p:dat laten|afleiden|0.99
p:dat leerlingen|argumenteren|1.0
p:dat liegen|moraliseren|0.95
p:dat liegen|argumenteren|-1.68
p:dat lijkt|ik-boodschap|-0.73
p:dat mag|vervolgafspraak|-1.0
p:dat marit|geruststellen|-0.99
p:dat meneer|prijzen|-0.91
p:dat merk|open-vraag|0.92
p:dat merk|etiketteren|0.96
p:dat merk|geruststellen|-0.94
p:dat milan|ik-boodschap|1.91
p:dat milan|jij-boodschap|-0.93
p:dat milan|argumenteren|-0.93
p:dat milan|bekritiseren|-0.93
p:dat moet|parafrase|-1.0
p:dat moet|gevoelsreflectie|2.79
p:dat moet|open-vraag|-1.0
p:dat moet|argumenteren|-1.0
p:dat moet|etiketteren|-0.94
p:dat moet|geruststellen|-0.89
p:dat morgen|waarschuwen|0.9
p:dat morgen|bekritiseren|0.9
p:dat niemand|parafrase|0.99
p:dat niemand|bekritiseren|-1.0
p:dat niet|gevoelsreflectie|0.85
p:dat niet|waarschuwen|0.85
p:dat niet|moraliseren|1.0
p:dat niet|bekritiseren|-0.4
p:dat niet|interpreteren|-0.99
p:dat niet|ondervragen|0.92
p:dat noah|ik-boodschap|0.78
p:dat noah|adviseren|0.87
p:dat noah|vervolgafspraak|0.92
p:dat nog|bevelen|-0.75
p:dat nog|waarschuwen|0.97
p:dat nou|bekritiseren|-0.63
p:dat nou|etiketteren|-0.93
p:dat nu|bevelen|-1.0
p:dat nu|ondervragen|1.0
p:dat om|interpreteren|1.0
p:dat oprecht|ik-boodschap|0.99
p:dat overkomt|geruststellen|-1.5
p:dat overkomt|afleiden|0.93
p:dat raakt|aanmoediging|0.98
p:dat ravi|bekritiseren|-0.96
p:dat ravi|interpreteren|0.96
p:dat regelen|afleiden|-0.94
p:dat samen|open-vraag|0.92
p:dat sara|open-vraag|-0.95
p:dat school|interpreteren|0.99
p:dat sem|adviseren|-0.87
p:dat slaap|argumenteren|0.99
p:dat slaat|jij-boodschap|-0.9
p:dat slaat|argumenteren|0.94
p:dat slaat|bekritiseren|0.94
p:dat snap|prijzen|-0.98
p:dat soort|afleiden|1.88
p:dat stelt|gevoelsreflectie|-0.93
p:dat telefoons|argumenteren|0.96
p:dat tess|open-vraag|1.0
p:dat thuis|ik-boodschap|0.83
p:dat thuis|gevoelsreflectie|0.82
p:dat thuis|open-vraag|1.94
p:dat tom|interpreteren|0.81
p:dat u|ik-boodschap|-1.08
p:dat u|jij-boodschap|0.25
p:dat u|parafrase|-1.99
p:dat u|gevoelsreflectie|1.09
p:dat u|samenvatting|-0.97
p:dat u|open-vraag|-1.89
p:dat u|bevelen|0.84
p:dat u|adviseren|0.11
p:dat u|argumenteren|-1.0
p:dat u|bekritiseren|-0.7
p:dat u|geruststellen|0.98
p:dat u|afleiden|0.21
p:dat u|vervolgafspraak|-0.93
p:dat u|bedanken|3.28
p:dat uw|jij-boodschap|0.98
p:dat uw|bekritiseren|0.98
p:dat uw|geruststellen|-0.98
p:dat vandaan|open-vraag|0.92
p:dat verteld|interpreteren|-0.99
p:dat vind|ik-boodschap|3.54
p:dat vind|jij-boodschap|-0.73
p:dat vind|gevoelsreflectie|-0.86
p:dat vind|open-vraag|0.93
p:dat vind|waarschuwen|-0.91
p:dat vind|adviseren|0.87
p:dat vind|argumenteren|-0.94
p:dat vind|afronding-aankondigen|-0.8
p:dat vind|vervolgafspraak|0.94
p:dat vond|vervolgafspraak|-0.96
p:dat voor|parafrase|0.91
p:dat voor|vervolgafspraak|0.91
p:dat was|geruststellen|-1.0
p:dat we|jij-boodschap|-1.0
p:dat we|argumenteren|0.79
p:dat we|prijzen|1.07
p:dat we|interpreteren|-1.0
p:dat we|geruststellen|-0.99
p:dat we|afronding-aankondigen|1.0
p:dat we|bedanken|-1.0
p:dat weet|ik-boodschap|-0.92
p:dat weet|moraliseren|1.87
p:dat wel|geruststellen|0.89
p:dat wel|afleiden|-0.89
p:dat werkstuk|bevelen|1.76
p:dat wij|prijzen|-0.98
p:dat wil|bevelen|-0.9
p:dat ze|ik-boodschap|-1.93
p:dat ze|samenvatting|0.98
p:dat ze|bevelen|1.0
p:dat ze|prijzen|1.0
p:dat ze|interpreteren|0.78
p:dat ze|ondervragen|-0.94
p:dat ze|afronding-aankondigen|-1.0
p:dat zegt|interpreteren|0.69
p:dat zie|gevoelsreflectie|1.0
p:dat zie|open-vraag|1.0
p:dat zie|waarschuwen|-1.0
p:dat zie|bekritiseren|-2.32
p:dat zie|prijzen|-0.97
p:dat zie|afronding-aankondigen|-1.0
p:dat ziet|argumenteren|0.92
p:dat ziet|bekritiseren|-1.58
p:dat zijn|moraliseren|0.97
p:dat zit|ik-boodschap|1.0
p:dat zo|jij-boodschap|1.77
p:dat zo|argumenteren|-0.98
p:dat zo|bekritiseren|2.69
p:dat zou|moraliseren|0.94
p:dat zoë|ik-boodschap|0.83
p:datum dankjewel|adviseren|-0.96
p:datum dankjewel|vervolgafspraak|0.96
p:datum met|bedanken|-0.9
p:de aandacht|parafrase|-0.99
p:de aansluiting|waarschuwen|-0.91
p:de absenties|samenvatting|-0.77
p:de absenties|afronding-aankondigen|-0.96
p:de administratie|ik-boodschap|0.98
p:de administratie|waarschuwen|-0.83
p:de advocaat|etiketteren|1.7
p:de afdelingsleider|gevoelsreflectie|-0.98
p:de afdelingsleider|open-vraag|-0.98
p:de afdelingsleider|etiketteren|-1.0
p:de afdelingsleider|vervolgafspraak|1.0
p:de afgelopen|ik-boodschap|1.93
p:de afgelopen|jij-boodschap|-0.93
p:de afgelopen|argumenteren|-0.93
p:de afgelopen|bekritiseren|-0.93
p:de afgelopen|interpreteren|-0.93
p:de afspraak|jij-boodschap|0.89
p:de afspraak|argumenteren|-0.94
p:de afspraak|vervolgafspraak|-0.82
p:de afspraken|jij-boodschap|-0.95
p:de afspraken|bevelen|-0.95
p:de afspraken|adviseren|-0.99
p:de afspraken|bekritiseren|-0.95
p:de afspraken|afronding-aankondigen|-0.92
p:de afspraken|vervolgafspraak|0.99
p:de agenda|waarschuwen|-1.0
p:de agenda|moraliseren|1.0
p:de andere|jij-boodschap|-0.96
p:de andere|interpreteren|0.96
p:de anderen|ik-boodschap|2.8
p:de anderen|waarschuwen|-0.9
p:de anderen|prijzen|-0.97
p:de anderen|interpreteren|-0.98
p:de app|jij-boodschap|0.97
p:de avonden|open-vraag|0.88
p:de balie|afleiden|-0.71
p:de bedtijd|bekritiseren|-0.71
p:de berichten|jij-boodschap|1.9
p:de berichten|bekritiseren|1.69
p:de bibliotheek|ondervragen|-0.98
p:de bijles|jij-boodschap|-0.93
p:de bijles|samenvatting|0.98
p:de bijles|bevelen|1.7
p:de bijles|afleiden|-0.81
p:de bijles|afronding-aankondigen|0.97
p:de bijles|vervolgafspraak|-0.9
p:de bijles|bedanken|-1.84
p:de brief|ik-boodschap|-0.99
p:de brief|parafrase|0.99
p:de brief|samenvatting|-0.93
p:de brugklas|jij-boodschap|-0.96
p:de cijfers|jij-boodschap|-0.9
p:de cijfers|samenvatting|1.0
p:de cijfers|moraliseren|-1.0
p:de cijfers|argumenteren|0.87
p:de cijfers|bekritiseren|-0.9
p:de clown|jij-boodschap|0.62
p:de clown|bekritiseren|-1.0
p:de clown|etiketteren|1.08
p:de communicatie|gevoelsreflectie|-0.88
p:de concentratie|argumenteren|0.96
p:de conciërge|ik-boodschap|-0.96
p:de conciërge|parafrase|-1.0
p:de conciërge|waarschuwen|1.71
p:de conciërge|vervolgafspraak|-1.0
p:de contacten|samenvatting|-0.95
p:de dag|ik-boodschap|-0.92
p:de dag|waarschuwen|0.92
p:de dag|vervolgafspraak|0.96
p:de dagopening|vervolgafspraak|-0.92
p:de deadline|open-vraag|-0.93
p:de deur|ik-boodschap|0.85
p:de directeur|prijzen|-0.93
p:de directie|waarschuwen|0.81
p:de directie|bedanken|0.88
p:de docenten|jij-boodschap|0.85
p:de docenten|moraliseren|-0.95
p:de docenten|bekritiseren|0.85
p:de docentenvergadering|argumenteren|-0.92
p:de eerste|parafrase|-0.93
p:de eerste|etiketteren|-0.91
p:de eerste|geruststellen|0.93
p:de enige|ik-boodschap|-1.0
p:de enige|jij-boodschap|-1.0
p:de enige|parafrase|-1.0
p:de enige|gevoelsreflectie|-1.0
p:de enige|samenvatting|-1.0
p:de enige|open-vraag|-1.0
p:de enige|aanmoediging|-1.0
p:de enige|bevelen|-1.0
p:de enige|waarschuwen|-1.0
p:de enige|moraliseren|-1.0
p:de enige|adviseren|-1.0
p:de enige|argumenteren|-1.0
p:de enige|bekritiseren|-1.0
p:de enige|prijzen|-1.0
p:de enige|etiketteren|-1.0
p:de enige|interpreteren|-1.0
p:de enige|geruststellen|1.0
p:de enige|ondervragen|-1.0
p:de enige|afleiden|-1.0
p:de enige|afronding-aankondigen|-1.0
p:de enige|vervolgafspraak|-1.0
p:de enige|bedanken|-1.0
p:de excursie|afronding-aankondigen|-0.93
p:de familie|etiketteren|-0.38
p:de fiets|moraliseren|-0.98
p:de fiets|adviseren|0.98
p:de fiets|geruststellen|-1.0
p:de fiets|ondervragen|-0.98
p:de gang|ik-boodschap|-1.0
p:de gang|samenvatting|-0.9
p:de gaten|samenvatting|0.95
p:de gaten|geruststellen|0.81
p:de gaten|afronding-aankondigen|0.95
p:de gaten|bedanken|0.84
p:de gestolen|parafrase|-1.0
p:de gestolen|vervolgafspraak|-1.0
p:de grens|jij-boodschap|-0.96
p:de groep|jij-boodschap|2.86
p:de groep|argumenteren|-1.0
p:de groep|bekritiseren|0.4
p:de groepsapp|samenvatting|1.0
p:de groepsapp|open-vraag|1.0
p:de groepsapp|afleiden|0.93
p:de groepsopdracht|ik-boodschap|0.97
p:de grote|samenvatting|-1.0
p:de grote|etiketteren|1.0
p:de gymdocent|jij-boodschap|-0.95
p:de gymdocent|samenvatting|-0.78
p:de gymdocent|bekritiseren|-0.95
p:de gymles|ik-boodschap|1.87
p:de gymles|gevoelsreflectie|1.93
p:de hand|jij-boodschap|0.79
p:de hand|parafrase|-0.99
p:de hand|bekritiseren|0.96
p:de hand|ondervragen|-0.87
p:de havo|parafrase|-0.96
p:de havo|waarschuwen|0.97
p:de havo|argumenteren|-0.92
p:de hele|ik-boodschap|0.85
p:de hele|parafrase|0.92
p:de hele|aanmoediging|-0.93
p:de hele|bevelen|0.84
p:de hele|waarschuwen|0.9
p:de hele|argumenteren|0.92
p:de hele|bekritiseren|0.76
p:de hele|etiketteren|0.93
p:de hele|interpreteren|-1.0
p:de hele|vervolgafspraak|-0.96
p:de herfstvakantie|ik-boodschap|1.91
p:de herfstvakantie|jij-boodschap|-0.94
p:de herfstvakantie|bevelen|-0.82
p:de herfstvakantie|bekritiseren|-1.76
p:de herkansingsdata|ik-boodschap|-0.93
p:de herkansingsdata|bekritiseren|-0.93
p:de herkansingsdata|afleiden|-0.93
p:de hond|afleiden|0.98
p:de hoogte|ik-boodschap|-0.78
p:de hoogte|samenvatting|0.78
p:de hoogte|moraliseren|1.93
p:de hoogte|interpreteren|-0.99
p:de hoogte|ondervragen|0.98
p:de hoogte|bedanken|1.0
p:de huisarts|ik-boodschap|0.91
p:de huisarts|samenvatting|0.9
p:de huisarts|adviseren|1.8
p:de huisarts|afleiden|-0.94
p:de huisarts|vervolgafspraak|0.9
p:de huiswerkklas|parafrase|-0.91
p:de huiswerkklas|samenvatting|0.91
p:de invallers|bekritiseren|0.62
p:de jaarplanning|argumenteren|1.0
p:de juf|parafrase|1.0
p:de juf|argumenteren|-1.0
p:de kampweek|parafrase|-0.93
p:de kampweek|samenvatting|0.93
p:de kans|ik-boodschap|0.89
p:de kans|bevelen|0.96
p:de kans|bekritiseren|0.92
p:de kantine|adviseren|-0.98
p:de kern|bevelen|-0.94
p:de keuken|adviseren|0.99
p:de keuze|parafrase|-0.96
p:de klas|ik-boodschap|0.95
p:de klas|jij-boodschap|-2.08
p:de klas|parafrase|0.83
p:de klas|gevoelsreflectie|-0.98
p:de klas|samenvatting|0.1
p:de klas|open-vraag|-0.98
p:de klas|bevelen|0.93
p:de klas|waarschuwen|-1.81
p:de klas|adviseren|-0.97
p:de klas|bekritiseren|-0.95
p:de klas|prijzen|0.97
p:de klas|etiketteren|-0.51
p:de klas|interpreteren|-0.82
p:de klas|afleiden|-1.91
p:de klas|afronding-aankondigen|-1.93
p:de klas|vervolgafspraak|-0.99
p:de kleedkamer|ik-boodschap|-0.94
p:de kleedkamer|bevelen|-1.0
p:de kluisjes|ik-boodschap|0.97
p:de koelkast|waarschuwen|-0.93
p:de laatste|ik-boodschap|-0.14
p:de laatste|open-vraag|1.0
p:de laatste|geruststellen|0.93
p:de laatste|afronding-aankondigen|-0.99
p:de laptop|adviseren|0.93
p:de lat|interpreteren|0.99
p:de leerplichtambtenaar|ik-boodschap|-0.93
p:de leraar|moraliseren|0.86
p:de leraren|ik-boodschap|-0.95
p:de les|ik-boodschap|-0.73
p:de les|jij-boodschap|-0.64
p:de les|samenvatting|-0.99
p:de les|waarschuwen|0.9
p:de les|argumenteren|-0.97
p:de les|bekritiseren|0.56
p:de les|interpreteren|0.97
p:de leukste|etiketteren|-0.97
p:de mail|gevoelsreflectie|-0.98
p:de mail|open-vraag|-0.98
p:de mail|bevelen|-0.95
p:de mail|bekritiseren|0.94
p:de mail|ondervragen|1.02
p:de manier|samenvatting|-0.91
p:de manier|interpreteren|-0.91
p:de mentor|ik-boodschap|-1.75
p:de mentor|jij-boodschap|-0.77
p:de mentor|samenvatting|0.78
p:de mentor|open-vraag|0.99
p:de mentor|adviseren|0.94
p:de mentor|bekritiseren|-0.77
p:de mentor|geruststellen|0.81
p:de mentor|vervolgafspraak|-0.96
p:de mentor|bedanken|1.0
p:de middaglessen|samenvatting|-0.99
p:de moeder|prijzen|-1.0
p:de moeder|ondervragen|-1.0
p:de nabespreking|adviseren|-0.87
p:de nieuwe|ik-boodschap|1.0
p:de nieuwsbrief|jij-boodschap|0.98
p:de nieuwsbrief|bekritiseren|0.98
p:de normering|parafrase|0.92
p:de normering|argumenteren|0.92
p:de oefeningen|gevoelsreflectie|-0.86
p:de oefeningen|open-vraag|0.93
p:de opdracht|ik-boodschap|-0.99
p:de opdracht|waarschuwen|-0.98
p:de opdracht|argumenteren|0.94
p:de opdracht|bekritiseren|0.94
p:de opdracht|geruststellen|-0.72
p:de opdrachten|open-vraag|0.92
p:de opgaven|vervolgafspraak|0.92
p:de orde|bevelen|-0.94
p:de orthopedagoog|jij-boodschap|0.9
p:de orthopedagoog|adviseren|-0.9
p:de orthopedagoog|bekritiseren|1.59
p:de ouderavond|bekritiseren|0.94
p:de ouderavond|ondervragen|0.98
p:de overgangsnormen|ik-boodschap|-0.91
p:de overgangsnormen|argumenteren|0.91
p:de overstap|afleiden|-0.81
p:de pauze|gevoelsreflectie|-0.95
p:de pesterijen|afronding-aankondigen|0.97
p:de planner|ik-boodschap|-0.96
p:de planning|ik-boodschap|-0.88
p:de planning|jij-boodschap|0.97
p:de planning|afleiden|-0.98
p:de plicht|ik-boodschap|-0.93
p:de plusklas|bekritiseren|-0.94
p:de puberteit|moraliseren|-0.94
p:de puberteit|geruststellen|-0.99
p:de puberteit|afleiden|1.8
p:de pubertijd|moraliseren|-0.97
p:de pubertijd|afleiden|0.97
p:de regels|bevelen|0.99
p:de regels|waarschuwen|0.99
p:de regels|argumenteren|1.1
p:de reistijd|jij-boodschap|-0.9
p:de reistijd|bekritiseren|-0.9
p:de rest|parafrase|1.94
p:de rest|open-vraag|-0.99
p:de rest|vervolgafspraak|0.96
p:de ruzie|samenvatting|1.99
p:de ruzie|adviseren|-0.98
p:de ruzie|vervolgafspraak|-0.99
p:de scheiding|parafrase|-0.99
p:de scheiding|argumenteren|-0.92
p:de scheiding|interpreteren|1.82
p:de school|gevoelsreflectie|0.92
p:de school|samenvatting|-1.0
p:de school|open-vraag|-0.9
p:de school|waarschuwen|-0.92
p:de school|moraliseren|1.88
p:de school|argumenteren|0.93
p:de school|bekritiseren|0.93
p:de school|interpreteren|0.69
p:de school|bedanken|-1.0
p:de schoolarts|vervolgafspraak|0.96
p:de schoolreis|moraliseren|-0.99
p:de schoolresultaten|moraliseren|0.99
p:de schoolresultaten|interpreteren|-0.99
p:de schorsing|parafrase|1.99
p:de schorsing|gevoelsreflectie|0.89
p:de schorsing|samenvatting|-0.93
p:de schrijfopdracht|vervolgafspraak|-0.92
p:de schuld|bekritiseren|0.99
p:de sectie|bedanken|-0.83
p:de sfeer|ik-boodschap|-0.88
p:de sfeer|jij-boodschap|0.88
p:de sfeer|samenvatting|0.94
p:de sfeer|bekritiseren|0.88
p:de slimste|adviseren|-0.97
p:de slimste|prijzen|0.97
p:de slimste|afleiden|-0.97
p:de steek|parafrase|-1.0
p:de steek|samenvatting|-1.0
p:de steek|bedanken|-1.0
p:de stof|ik-boodschap|0.98
p:de studiewijzer|ik-boodschap|-0.93
p:de studiewijzer|argumenteren|0.94
p:de studiewijzer|afleiden|-0.93
p:de tandarts|bevelen|-0.93
p:de tas|geruststellen|-0.94
p:de teamleider|parafrase|0.91
p:de teamleider|waarschuwen|1.0
p:de teamleider|vervolgafspraak|0.91
p:de telefoon|parafrase|-0.99
p:de telefoon|samenvatting|0.99
p:de telefoon|aanmoediging|-0.98
p:de telefoon|adviseren|0.99
p:de telefoon|vervolgafspraak|-0.99
p:de tijd|ik-boodschap|-1.0
p:de tijd|jij-boodschap|-0.97
p:de tijd|aanmoediging|0.98
p:de tijd|afronding-aankondigen|1.0
p:de tijd|bedanken|-1.0
p:de toets|ik-boodschap|1.72
p:de toets|parafrase|1.02
p:de toets|open-vraag|0.98
p:de toets|adviseren|-0.12
p:de toets|argumenteren|0.94
p:de toets|interpreteren|-0.78
p:de toets|geruststellen|-0.92
p:de toets|vervolgafspraak|0.92
p:de toets|bedanken|-0.83
p:de toetsdatum|bevelen|-0.69
p:de toetsen|parafrase|-0.97
p:de toetsweek|ik-boodschap|0.84
p:de toetsweek|argumenteren|0.94
p:de toetsweek|vervolgafspraak|1.03
p:de tolk|ik-boodschap|-0.1
p:de tolk|parafrase|0.99
p:de tolk|vervolgafspraak|0.9
p:de trap|ik-boodschap|0.94
p:de tweede|gevoelsreflectie|0.98
p:de tweede|waarschuwen|0.97
p:de tweede|moraliseren|-0.94
p:de tweede|prijzen|-0.97
p:de tweede|afleiden|1.67
p:de uitleg|ik-boodschap|1.89
p:de uitleg|parafrase|0.99
p:de uitleg|samenvatting|-0.92
p:de uitleg|open-vraag|0.97
p:de uitleg|bekritiseren|-0.99
p:de uitleg|interpreteren|-0.98
p:de uitslag|moraliseren|-0.92
p:de uitslag|etiketteren|-0.92
p:de uitslag|vervolgafspraak|-0.95
p:de uitslag|bedanken|0.96
p:de vakantie|ik-boodschap|1.0
p:de vakantie|gevoelsreflectie|-1.0
p:de vakantie|open-vraag|-1.0
p:de vakantie|adviseren|-0.97
p:de vakantie|prijzen|0.97
p:de vakantie|etiketteren|0.84
p:de vakdocenten|bekritiseren|-0.71
p:de verbouwing|afleiden|0.94
p:de verhuizing|parafrase|0.96
p:de verhuizing|samenvatting|-1.0
p:de verhuizing|waarschuwen|-0.91
p:de verhuizing|bekritiseren|-0.96
p:de verhuizing|interpreteren|0.96
p:de vertrouwenspersoon|vervolgafspraak|0.96
p:de vierde|waarschuwen|0.82
p:de volgende|afronding-aankondigen|0.99
p:de volgende|vervolgafspraak|-0.99
p:de vriendschappen|samenvatting|1.0
p:de vriendschappen|open-vraag|-1.0
p:de vries|ik-boodschap|-0.97
p:de vries|bevelen|0.95
p:de vries|etiketteren|-0.58
p:de vries|interpreteren|-0.96
p:de wc|ik-boodschap|-0.89
p:de wc|gevoelsreflectie|-0.96
p:de website|argumenteren|-1.82
p:de website|bekritiseren|-0.91
p:de week|moraliseren|-0.78
p:de week|adviseren|0.91
p:de week|bekritiseren|-0.71
p:de wereld|afleiden|1.85
p:de werkweek|ik-boodschap|-0.99
p:de werkweek|parafrase|0.99
p:de zes|parafrase|-0.92
p:de ziekmelding|ik-boodschap|0.98
p:de ziekmelding|waarschuwen|-0.83
p:de zin|interpreteren|0.99
p:de zomer|vervolgafspraak|-0.9
p:de zorgcoordinator|afronding-aankondigen|0.8
p:de zorgcoördinator|ik-boodschap|-0.98
p:de zorgcoördinator|samenvatting|0.9
p:de zorgcoördinator|argumenteren|-0.94
p:de zorgcoördinator|afronding-aankondigen|-0.95
p:de zorgcoördinator|vervolgafspraak|1.04
p:deadline te|argumenteren|0.9
p:deadline voor|open-vraag|-0.93
p:deed je|moraliseren|0.86
p:deed je|ondervragen|0.94
p:deelt dank|bekritiseren|-0.79
p:degene die|jij-boodschap|1.31
p:degene die|bekritiseren|-2.51
p:denk dat|ik-boodschap|-0.98
p:denk dat|jij-boodschap|0.98
p:denk dat|bekritiseren|1.36
p:denk dat|prijzen|-1.0
p:denk dat|etiketteren|0.84
p:denk dat|afleiden|-0.87
p:denk eerder|interpreteren|0.81
p:denk ik|parafrase|-0.99
p:denk ik|adviseren|-0.65
p:denk ik|interpreteren|2.85
p:denk je|samenvatting|-0.95
p:denk je|open-vraag|0.95
p:denk maar|waarschuwen|0.99
p:denken altijd|prijzen|0.98
p:denkt dat|gevoelsreflectie|-0.93
p:denkt dat|geruststellen|0.9
p:denkt dus|prijzen|-0.91
p:denkt u|parafrase|0.92
p:denkt u|ondervragen|-0.94
p:derde uur|ik-boodschap|0.94
p:derde uur|adviseren|-0.78
p:detail laten|afleiden|0.97
p:deur dichtsloeg|ik-boodschap|-0.8
p:deur dichtsmeet|ik-boodschap|1.65
p:deze periode|ik-boodschap|-0.96
p:deze periode|argumenteren|-0.98
p:deze periode|bekritiseren|0.57
p:deze periode|etiketteren|-0.93
p:deze school|waarschuwen|-0.97
p:deze school|geruststellen|0.9
p:deze week|jij-boodschap|-0.96
p:deze week|gevoelsreflectie|-0.86
p:deze week|samenvatting|-0.99
p:deze week|open-vraag|0.93
p:deze week|afleiden|-0.95
p:deze zomer|open-vraag|-0.9
p:deze zomer|afleiden|0.9
p:dezelfde vraag|open-vraag|-0.99
p:dicht gaat|adviseren|0.93
p:dichtbij school|bekritiseren|-1.0
p:dichtklapt dat|samenvatting|-0.98
p:dichtklapt dat|bekritiseren|-0.98
p:dichtsloeg schrok|ik-boodschap|-0.8
p:dichtsmeet schrok|ik-boodschap|1.65
p:die afspraak|jij-boodschap|1.86
p:die afspraak|adviseren|-0.9
p:die afspraak|bekritiseren|1.01
p:die app|moraliseren|0.98
p:die begint|bekritiseren|-2.51
p:die deadlines|bekritiseren|-2.17
p:die examens|parafrase|-0.98
p:die examens|aanmoediging|-0.81
p:die examens|bevelen|-0.75
p:die examens|geruststellen|0.98
p:die extra|prijzen|0.85
p:die groep|jij-boodschap|-0.35
p:die groep|gevoelsreflectie|0.97
p:die herkansing|waarschuwen|-0.99
p:die herkansing|geruststellen|0.99
p:die het|etiketteren|-0.91
p:die houding|bekritiseren|0.99
p:die houding|geruststellen|-0.94
p:die leeftijd|bekritiseren|-0.99
p:die leeftijd|geruststellen|-0.99
p:die leeftijd|afleiden|0.99
p:die mail|jij-boodschap|-0.96
p:die mail|bekritiseren|0.12
p:die middag|parafrase|0.98
p:die nieuwe|argumenteren|-0.99
p:die opdracht|argumenteren|-0.94
p:die overal|prijzen|-0.93
p:die overal|etiketteren|0.93
p:die pest|jij-boodschap|1.31
p:die playstation|adviseren|0.94
p:die playstation|bekritiseren|0.94
p:die playstation|prijzen|-0.94
p:die pushende|etiketteren|0.96
p:die telefoon|bevelen|0.83
p:die toets|interpreteren|0.84
p:die u|bekritiseren|0.12
p:die van|ik-boodschap|0.94
p:die we|vervolgafspraak|0.99
p:die wil|moraliseren|-0.96
p:die zoveel|argumenteren|1.0
p:dingen de|jij-boodschap|-0.9
p:dingen de|samenvatting|1.0
p:dingen de|open-vraag|-1.0
p:dingen de|bekritiseren|-0.9
p:dinsdag is|parafrase|0.94
p:dinsdag met|bedanken|0.88
p:dinsdag naar|parafrase|-0.91
p:dinsdag naar|samenvatting|0.91
p:dinsdag om|open-vraag|-0.98
p:dipje in|moraliseren|-0.94
p:dipje in|geruststellen|0.94
p:diploma niet|bekritiseren|0.4
p:diploma nooit|bekritiseren|-0.37
p:directeur gaat|prijzen|-0.93
p:directie dank|bedanken|0.88
p:dit aankaart|bekritiseren|-0.98
p:dit aankaart|geruststellen|-0.98
p:dit al|ik-boodschap|-0.89
p:dit al|jij-boodschap|0.91
p:dit al|bekritiseren|0.91
p:dit anders|waarschuwen|-0.82
p:dit best|ik-boodschap|-0.99
p:dit eerlijk|bekritiseren|-0.85
p:dit enorm|bekritiseren|0.4
p:dit even|bevelen|0.99
p:dit gaat|interpreteren|2.0
p:dit gesprek|ik-boodschap|-0.98
p:dit gesprek|samenvatting|-0.99
p:dit gesprek|open-vraag|1.0
p:dit gesprek|waarschuwen|-1.0
p:dit gesprek|bekritiseren|0.98
p:dit gesprek|geruststellen|-1.0
p:dit gesprek|afronding-aankondigen|-0.98
p:dit gesprek|vervolgafspraak|-0.99
p:dit gesprek|bedanken|-0.85
p:dit heeft|waarschuwen|0.88
p:dit in|argumenteren|-0.98
p:dit in|prijzen|0.98
p:dit in|geruststellen|0.98
p:dit is|argumenteren|-0.86
p:dit jaar|samenvatting|-0.98
p:dit jaar|afleiden|-0.98
p:dit kan|waarschuwen|0.97
p:dit kwartaal|bekritiseren|-0.83
p:dit melden|argumenteren|1.72
p:dit met|bekritiseren|-0.79
p:dit moet|moraliseren|-1.0
p:dit niet|jij-boodschap|-1.0
p:dit niet|bekritiseren|0.68
p:dit niet|prijzen|1.0
p:dit niet|interpreteren|-1.0
p:dit nog|waarschuwen|1.0
p:dit nog|moraliseren|0.97
p:dit ook|gevoelsreflectie|-0.98
p:dit ook|bekritiseren|-0.9
p:dit ook|prijzen|1.98
p:dit raakt|aanmoediging|-0.87
p:dit soort|bekritiseren|1.57
p:dit soort|geruststellen|-0.91
p:dit steeds|prijzen|-0.97
p:dit steeds|ondervragen|0.75
p:dit trimester|prijzen|-0.99
p:dit vertelt|bedanken|0.93
p:dit wel|adviseren|-0.93
p:dit zo|jij-boodschap|-0.98
p:dit zo|open-vraag|-0.93
p:dit zo|bevelen|-1.0
p:dit zo|moraliseren|-1.0
p:dit zo|bekritiseren|-0.92
p:dit zo|ondervragen|-0.91
p:docent frans|ik-boodschap|-0.99
p:docent frans|jij-boodschap|-0.82
p:docent frans|parafrase|-0.91
p:docent frans|samenvatting|1.9
p:docent frans|vervolgafspraak|0.99
p:docent nederlands|etiketteren|-0.58
p:docenten bram|gevoelsreflectie|-0.96
p:docenten is|moraliseren|0.98
p:docentenvergadering is|argumenteren|-0.92
p:dochter heeft|ik-boodschap|0.95
p:dochter heeft|jij-boodschap|-0.96
p:dochter heeft|argumenteren|-0.93
p:dochter houdt|adviseren|-0.99
p:dochter is|jij-boodschap|0.98
p:dochter is|moraliseren|-0.96
p:dochter is|bekritiseren|-1.66
p:dochter laat|etiketteren|-0.99
p:dochter zich|jij-boodschap|0.98
p:dochter zich|bekritiseren|0.98
p:dochter zit|bekritiseren|1.18
p:doe dat|bevelen|-0.75
p:doe dat|waarschuwen|0.97
p:doe je|ik-boodschap|-0.92
p:doe je|jij-boodschap|-1.8
p:doe je|moraliseren|1.89
p:doe je|argumenteren|-0.96
p:doe je|bekritiseren|-1.45
p:doe je|prijzen|-0.13
p:doe je|interpreteren|-0.96
p:doe je|ondervragen|0.75
p:doe niet|bevelen|0.86
p:doe niet|waarschuwen|-0.97
p:doe niet|etiketteren|1.92
p:doen ?|open-vraag|-0.9
p:doen ?|afleiden|0.9
p:doen dat|etiketteren|-0.99
p:doen de|ik-boodschap|0.97
p:doen hoe|adviseren|-0.87
p:doen in|adviseren|-0.97
p:doen in|prijzen|0.97
p:doen in|afleiden|-0.97
p:doen thuis|bekritiseren|0.92
p:doen thuis|etiketteren|-1.0
p:doet ?|bekritiseren|1.36
p:doet alsof|bekritiseren|0.99
p:doet bel|waarschuwen|1.0
p:doet dat|interpreteren|1.0
p:doet echt|bekritiseren|1.18
p:doet elke|geruststellen|-0.95
p:doet elke|afleiden|0.95
p:doet gewoon|bekritiseren|-2.29
p:doet hij|waarschuwen|-0.97
p:doet hij|moraliseren|-0.97
p:doet hij|ondervragen|-0.97
p:doet me|ik-boodschap|0.97
p:doet mee|interpreteren|-0.62
p:doet moet|waarschuwen|0.85
p:doet moet|moraliseren|1.0
p:doet niets|jij-boodschap|-0.98
p:doet niets|waarschuwen|-0.98
p:doet niets|geruststellen|1.75
p:doet ook|jij-boodschap|0.96
p:doet steeds|jij-boodschap|0.98
p:doet steeds|bekritiseren|0.98
p:doet u|jij-boodschap|-0.65
p:doet u|samenvatting|-0.98
p:doet u|bekritiseren|-0.29
p:doet u|geruststellen|-0.98
p:doet vind|ik-boodschap|-0.89
p:doet vind|jij-boodschap|0.91
p:doet vind|bekritiseren|0.91
p:doet volgt|moraliseren|0.97
p:doet zijn|jij-boodschap|0.71
p:doet zo|adviseren|-0.98
p:doet zo|prijzen|-0.97
p:doet zo|etiketteren|-0.98
p:dom en|bedanken|0.7
p:donderdag na|afronding-aankondigen|0.95
p:donderdag om|afronding-aankondigen|0.93
p:donderdag om|vervolgafspraak|0.93
p:donderdag om|bedanken|0.78
p:donderdag praten|vervolgafspraak|0.89
p:donderdag samen|bedanken|-0.97
p:donderdag terug|parafrase|-1.0
p:donderdag terug|afronding-aankondigen|-0.98
p:donderdag terug|vervolgafspraak|1.0
p:donderdag verdergaan|vervolgafspraak|0.9
p:donderdag zo|samenvatting|-0.93
p:door de|ik-boodschap|0.95
p:door de|parafrase|-0.99
p:door de|gevoelsreflectie|1.0
p:door de|samenvatting|-1.0
p:door de|open-vraag|-0.97
p:door de|waarschuwen|0.81
p:door de|etiketteren|0.84
p:door de|bedanken|-1.0
p:door elkaar|afronding-aankondigen|-0.81
p:door hoor|gevoelsreflectie|-1.0
p:door hoor|aanmoediging|1.0
p:door je|gevoelsreflectie|0.96
p:door onze|adviseren|-0.96
p:door onze|vervolgafspraak|0.17
p:door verrast|ik-boodschap|0.95
p:door wat|open-vraag|-0.91
p:doordat hij|geruststellen|-0.99
p:doordat je|bekritiseren|-0.86
p:doordat je|interpreteren|0.94
p:doordat lotte|vervolgafspraak|-0.92
p:doordeweekse avond|parafrase|-0.9
p:doorgaat bel|waarschuwen|0.98
p:doorgaat blijft|bevelen|-1.0
p:doorgaat blijft|moraliseren|-1.0
p:doorgaat haal|open-vraag|-0.93
p:doorgaat haalt|waarschuwen|0.91
p:doorgaat haalt|bekritiseren|0.4
p:doorgaat lig|jij-boodschap|1.77
p:doorgaat lig|bekritiseren|1.77
p:doorgaat loop|argumenteren|-0.98
p:doorgaat mist|waarschuwen|-0.91
p:doorgaat moet|bekritiseren|-0.92
p:doorgeven heb|ik-boodschap|0.98
p:doorgeven heb|waarschuwen|-0.83
p:dossier in|jij-boodschap|-0.95
p:dossier in|bekritiseren|-0.95
p:draait straks|geruststellen|0.73
p:drama van|bekritiseren|-1.37
p:dramatisch als|geruststellen|0.89
p:dramatisch mevrouw|bevelen|-0.93
p:drie dingen|jij-boodschap|-0.9
p:drie dingen|bekritiseren|-0.9
p:drie keer|ik-boodschap|0.11
p:drie keer|samenvatting|-0.99
p:drie keer|open-vraag|-0.99
p:drie keer|bekritiseren|0.91
p:drie keer|geruststellen|-0.98
p:drie lessen|ik-boodschap|0.99
p:drie onvoldoendes|ik-boodschap|0.84
p:drie onvoldoendes|argumenteren|0.85
p:drie uur|jij-boodschap|0.95
p:drie uur|bekritiseren|0.95
p:drie uur|afronding-aankondigen|-0.94
p:drie weken|ik-boodschap|0.78
p:drie weken|samenvatting|0.95
p:drie weken|bevelen|-0.69
p:drie weken|afleiden|-0.99
p:drie weken|vervolgafspraak|0.92
p:drie weken|bedanken|0.84
p:druk dat|bevelen|-0.88
p:druk dat|afleiden|-0.85
p:druk dit|gevoelsreflectie|-0.93
p:druk hij|waarschuwen|-0.99
p:druk hij|geruststellen|0.99
p:druk je|bevelen|0.88
p:druk je|afronding-aankondigen|-0.93
p:drukte vandaag|etiketteren|-0.97
p:duidelijk ?|bevelen|0.93
p:duidelijk een|samenvatting|-1.0
p:duidelijk een|moraliseren|-1.0
p:duidelijk een|argumenteren|1.0
p:duidelijk teleurgesteld|bedanken|-0.83
p:duidelijk wie|argumenteren|0.87
p:duidelijk zien|argumenteren|0.96
p:durft het|moraliseren|-0.98
p:durft het|bekritiseren|-0.69
p:durft het|interpreteren|-0.98
p:dus af|ik-boodschap|-0.99
p:dus af|jij-boodschap|-0.82
p:dus af|samenvatting|0.99
p:dus af|vervolgafspraak|0.99
p:dus als|samenvatting|-0.98
p:dus als|geruststellen|-0.72
p:dus bevorderen|parafrase|-0.92
p:dus dat|parafrase|0.97
p:dus dat|gevoelsreflectie|-0.98
p:dus dat|open-vraag|-0.99
p:dus dat|prijzen|-0.91
p:dus de|argumenteren|0.93
p:dus die|prijzen|0.85
p:dus een|argumenteren|0.69
p:dus even|parafrase|-0.93
p:dus even|samenvatting|0.93
p:dus het|parafrase|1.95
p:dus het|argumenteren|-1.0
p:dus ik|samenvatting|0.9
p:dus ik|adviseren|-0.96
p:dus ik|prijzen|0.93
p:dus ik|etiketteren|-0.97
p:dus ik|afronding-aankondigen|-0.95
p:dus ik|vervolgafspraak|0.14
p:dus je|ik-boodschap|0.96
p:dus je|prijzen|0.93
p:dus jij|parafrase|-0.91
p:dus jij|waarschuwen|-0.82
p:dus jij|adviseren|-0.97
p:dus jij|prijzen|0.97
p:dus jij|afleiden|-0.97
p:dus om|parafrase|-0.99
p:dus om|vervolgafspraak|-0.99
p:dus op|parafrase|0.94
p:dus teleurgesteld|parafrase|0.99
p:dus teleurgesteld|gevoelsreflectie|0.89
p:dus tot|parafrase|-0.92
p:dus u|jij-boodschap|0.95
p:dus u|parafrase|0.88
p:dus u|gevoelsreflectie|-0.88
p:dus u|samenvatting|-0.98
p:dus u|open-vraag|0.9
p:dus u|waarschuwen|-0.81
p:dus u|moraliseren|-0.96
p:dus u|prijzen|0.83
p:dus u|bedanken|-0.93
p:dus volgens|parafrase|1.92
p:dus ze|parafrase|0.92
p:dus zijn|ik-boodschap|0.93
p:dus zijn|jij-boodschap|-0.93
p:dus zijn|argumenteren|-0.93
p:dus zijn|bekritiseren|-0.93
p:duurt het|moraliseren|0.94
p:dwars dat|adviseren|-0.98
p:dwingen om|bekritiseren|-0.92
p:ech nergens|jij-boodschap|-0.9
p:echt achter|argumenteren|-0.98
p:echt beneden|bekritiseren|0.98
p:echt boos|bekritiseren|1.0
p:echt de|jij-boodschap|0.62
p:echt de|adviseren|-0.97
p:echt de|prijzen|0.97
p:echt de|etiketteren|0.46
p:echt de|afleiden|-0.97
p:echt dit|gevoelsreflectie|0.99
p:echt een|jij-boodschap|0.11
p:echt een|prijzen|-0.95
p:echt een|etiketteren|0.64
p:echt een|geruststellen|-0.81
p:echt een|vervolgafspraak|-0.96
p:echt een|bedanken|-0.96
p:echt eerst|bekritiseren|-0.98
p:echt enorm|bekritiseren|0.68
p:echt fijn|ik-boodschap|0.73
p:echt gaan|jij-boodschap|-0.99
p:echt geen|open-vraag|0.96
p:echt geen|geruststellen|0.73
p:echt geraakt|open-vraag|-0.91
p:echt geschrokken|ik-boodschap|0.98
p:echt goed|adviseren|-0.94
p:echt goed|geruststellen|0.94
p:echt hard|bekritiseren|-0.83
p:echt heel|bekritiseren|0.93
p:echt helemaal|bekritiseren|-2.01
p:echt het|adviseren|0.94
p:echt kwaad|geruststellen|-0.94
p:echt mee|ik-boodschap|-0.98
p:echt mooi|ik-boodschap|0.94
p:echt niemand|geruststellen|-0.94
p:echt niet|ik-boodschap|-1.0
p:echt niet|jij-boodschap|-1.0
p:echt niet|parafrase|-1.87
p:echt niet|gevoelsreflectie|-1.0
p:echt niet|samenvatting|-1.0
p:echt niet|open-vraag|-1.0
p:echt niet|aanmoediging|-1.0
p:echt niet|bevelen|-1.0
p:echt niet|waarschuwen|-1.0
p:echt niet|moraliseren|-1.0
p:echt niet|adviseren|-1.0
p:echt niet|argumenteren|-1.0
p:echt niet|prijzen|-1.0
p:echt niet|etiketteren|-1.0
p:echt niet|interpreteren|-1.0
p:echt niet|geruststellen|1.9
p:echt niet|ondervragen|-1.0
p:echt niet|afleiden|-1.0
p:echt niet|afronding-aankondigen|-1.0
p:echt niet|vervolgafspraak|-1.0
p:echt niet|bedanken|-1.0
p:echt niks|afleiden|0.93
p:echt nooit|bekritiseren|0.8
p:echt onacceptabel|jij-boodschap|-0.96
p:echt ongepast|bekritiseren|0.98
p:echt opgelucht|geruststellen|-0.99
p:echt over|geruststellen|0.98
p:echt slecht|ik-boodschap|-0.95
p:echt tof|ik-boodschap|0.93
p:echt typische|jij-boodschap|0.96
p:echt u|geruststellen|1.0
p:echt uitputtend|ik-boodschap|-0.73
p:echt van|ik-boodschap|1.75
p:echt van|etiketteren|0.96
p:echt waar|interpreteren|-0.71
p:echt wel|geruststellen|1.92
p:echt zijn|bekritiseren|-0.9
p:echt zorgen|gevoelsreflectie|1.0
p:echt zorgen|geruststellen|-0.92
p:echte drammer|etiketteren|0.97
p:echte pestkop|afleiden|-0.97
p:echte prinses|moraliseren|-0.96
p:een 1|waarschuwen|0.97
p:een 4|ik-boodschap|0.83
p:een 4|jij-boodschap|-0.98
p:een 4|gevoelsreflectie|0.98
p:een 4|samenvatting|-1.0
p:een 4|open-vraag|0.95
p:een 4|moraliseren|-1.0
p:een 4|argumenteren|1.98
p:een 4|bekritiseren|-0.98
p:een 4|etiketteren|-0.99
p:een 4|afleiden|-0.8
p:een 5|jij-boodschap|-0.98
p:een 5|moraliseren|-0.75
p:een 5|argumenteren|1.93
p:een 5|bekritiseren|-0.98
p:een 6|parafrase|0.94
p:een 6|moraliseren|-0.75
p:een 6|argumenteren|0.11
p:een 7|ik-boodschap|0.83
p:een 7|open-vraag|0.95
p:een 7|argumenteren|-0.84
p:een 7|prijzen|0.9
p:een aansteller|etiketteren|1.0
p:een afspraak|samenvatting|0.9
p:een afspraak|vervolgafspraak|0.9
p:een ander|samenvatting|-0.93
p:een ander|bevelen|-0.8
p:een ander|afleiden|0.9
p:een andere|parafrase|1.77
p:een andere|samenvatting|-0.84
p:een baby|afleiden|-0.99
p:een beetje|jij-boodschap|-0.96
p:een beetje|gevoelsreflectie|1.83
p:een beetje|moraliseren|-1.0
p:een beetje|adviseren|-1.0
p:een beetje|prijzen|-1.0
p:een beetje|etiketteren|-1.0
p:een beetje|interpreteren|0.78
p:een belachelijke|jij-boodschap|-1.0
p:een beloningssysteem|adviseren|0.87
p:een betrokken|prijzen|-0.83
p:een bijbaantje|adviseren|0.99
p:een blauw|ik-boodschap|0.95
p:een deadline|argumenteren|0.9
p:een detail|afleiden|0.97
p:een dipje|moraliseren|-0.94
p:een dipje|geruststellen|0.94
p:een docent|moraliseren|0.98
p:een doordeweekse|parafrase|-0.9
p:een drama|bekritiseren|-1.37
p:een drukte|etiketteren|-0.97
p:een echte|moraliseren|-0.96
p:een echte|etiketteren|0.97
p:een echte|afleiden|-0.97
p:een eigen|ondervragen|-0.98
p:een eind|bevelen|-0.83
p:een eind|afronding-aankondigen|0.99
p:een eind|vervolgafspraak|-0.99
p:een enorme|gevoelsreflectie|0.91
p:een etterbak|gevoelsreflectie|-1.0
p:een etterbak|bekritiseren|-1.0
p:een etterbak|etiketteren|1.0
p:een extra|parafrase|0.99
p:een extra|samenvatting|0.99
p:een extra|adviseren|-0.97
p:een extra|prijzen|0.97
p:een extra|afleiden|-0.97
p:een extra|vervolgafspraak|-0.86
p:een feit|argumenteren|1.0
p:een fijne|jij-boodschap|-0.64
p:een geduldige|moraliseren|-0.92
p:een geduldige|etiketteren|-0.92
p:een gesprek|jij-boodschap|-1.74
p:een gesprek|parafrase|0.91
p:een gesprek|bekritiseren|-1.46
p:een gesprek|etiketteren|-1.0
p:een gesprek|ondervragen|0.87
p:een gesprek|vervolgafspraak|1.9
p:een gesprek|bedanken|-0.83
p:een geweldige|prijzen|0.83
p:een gewone|gevoelsreflectie|-0.96
p:een gewone|afleiden|-0.99
p:een goed|interpreteren|-0.99
p:een goede|open-vraag|1.0
p:een goede|waarschuwen|-1.0
p:een goede|moraliseren|1.0
p:een goede|bekritiseren|-0.97
p:een goede|geruststellen|-1.0
p:een grote|waarschuwen|-0.97
p:een heel|prijzen|0.93
p:een hele|open-vraag|-0.97
p:een huiswerkinstituut|ondervragen|-0.97
p:een huiswerkinstituut|afleiden|-0.97
p:een idee|open-vraag|-1.0
p:een idee|adviseren|1.99
p:een keer|ik-boodschap|-0.93
p:een keer|bevelen|0.83
p:een keer|waarschuwen|0.81
p:een keer|adviseren|-0.99
p:een keer|argumenteren|-0.92
p:een keer|bedanken|0.94
p:een keertje|gevoelsreflectie|-0.93
p:een kind|moraliseren|1.95
p:een kind|bekritiseren|0.18
p:een kleuter|jij-boodschap|1.68
p:een kleuter|etiketteren|1.31
p:een kleuterachtig|bekritiseren|-0.1
p:een kleuterachtig|etiketteren|1.61
p:een kopje|argumenteren|-1.0
p:een kwartier|bedanken|-1.0
p:een kwestie|moraliseren|-0.98
p:een laptop|parafrase|-1.0
p:een laptop|bekritiseren|-0.48
p:een lastige|argumenteren|-0.98
p:een lastige|afronding-aankondigen|-0.98
p:een leerling|waarschuwen|0.85
p:een leerling|moraliseren|1.0
p:een leerling|adviseren|-1.0
p:een leerling|prijzen|-1.0
p:een leerling|geruststellen|-0.98
p:een luiwammes|jij-boodschap|1.0
p:een luiwammes|geruststellen|-0.81
p:een maand|samenvatting|1.0
p:een maand|afronding-aankondigen|-0.87
p:een maand|vervolgafspraak|1.0
p:een maandje|geruststellen|0.9
p:een mail|ik-boodschap|-0.83
p:een mail|adviseren|-0.96
p:een mail|argumenteren|-0.94
p:een mail|vervolgafspraak|0.96
p:een manier|parafrase|-0.89
p:een manier|bekritiseren|-0.95
p:een moeder|afleiden|-0.94
p:een moeilijk|ik-boodschap|-0.72
p:een mooie|etiketteren|-0.68
p:een nieuw|ik-boodschap|-1.8
p:een nieuw|afronding-aankondigen|0.94
p:een nieuw|vervolgafspraak|1.8
p:een nieuwe|ik-boodschap|-0.99
p:een nieuwe|adviseren|-0.96
p:een nieuwe|afronding-aankondigen|0.8
p:een nieuwe|vervolgafspraak|0.96
p:een onbeschofte|argumenteren|-0.95
p:een onbetrouwbare|bekritiseren|-1.7
p:een onbetrouwbare|etiketteren|0.99
p:een ongepaste|bekritiseren|0.99
p:een onredelijke|bekritiseren|0.96
p:een onrustig|samenvatting|-0.99
p:een onvoldoende|argumenteren|-0.23
p:een onvoldoende|etiketteren|-0.93
p:een onvoldoende|afleiden|2.66
p:een onzin|bekritiseren|1.93
p:een onzinnige|bekritiseren|0.97
p:een onzinverhaal|bekritiseren|3.16
p:een onzinverhaal|etiketteren|-0.78
p:een paar|geruststellen|0.95
p:een plan|adviseren|-0.85
p:een potje|bekritiseren|0.98
p:een presenteerblaadje|moraliseren|-0.96
p:een probleem|samenvatting|0.94
p:een probleem|waarschuwen|0.97
p:een probleem|prijzen|-0.93
p:een probleem|etiketteren|0.93
p:een probleem|interpreteren|0.97
p:een probleemkind|argumenteren|-1.0
p:een probleemkind|etiketteren|1.0
p:een probleemkind|geruststellen|-0.98
p:een puinhoop|argumenteren|-1.0
p:een puinhoop|bekritiseren|0.4
p:een punt|afronding-aankondigen|0.87
p:een punt|vervolgafspraak|-1.92
p:een punt|bedanken|-0.96
p:een rare|jij-boodschap|-0.73
p:een redelijk|etiketteren|-0.94
p:een rij|gevoelsreflectie|-0.83
p:een rijtje|samenvatting|0.99
p:een rijtje|open-vraag|-0.93
p:een rijtje|vervolgafspraak|-0.99
p:een rotmoment|gevoelsreflectie|0.94
p:een rotmoment|etiketteren|-0.94
p:een schok|parafrase|-1.0
p:een schorsing|moraliseren|0.97
p:een slechte|geruststellen|1.85
p:een slimme|waarschuwen|-0.82
p:een slimme|prijzen|0.94
p:een slordig|bekritiseren|0.81
p:een slordige|bekritiseren|-0.79
p:een strafwerk|waarschuwen|-0.81
p:een stuk|jij-boodschap|-0.89
p:een stuk|prijzen|-0.95
p:een stuk|etiketteren|1.55
p:een te|argumenteren|0.9
p:een telefoongesprek|vervolgafspraak|-0.92
p:een toets|argumenteren|0.87
p:een tv|ondervragen|0.83
p:een tv|vervolgafspraak|-0.9
p:een typische|interpreteren|-0.94
p:een uitzondering|prijzen|-0.9
p:een update|adviseren|0.94
p:een uur|bevelen|-0.52
p:een uur|vervolgafspraak|-1.0
p:een van|etiketteren|-0.97
p:een vast|adviseren|0.85
p:een vast|ondervragen|-0.84
p:een vaste|ik-boodschap|0.78
p:een vaste|adviseren|1.82
p:een vaste|interpreteren|-0.9
p:een vaste|vervolgafspraak|0.92
p:een verband|vervolgafspraak|-0.99
p:een verwend|jij-boodschap|0.98
p:een verwend|bekritiseren|-0.93
p:een voorbeeld|gevoelsreflectie|-0.99
p:een voorbeeldfunctie|afleiden|-0.9
p:een vraag|bedanken|-0.62
p:een vrolijke|etiketteren|-0.81
p:een watje|bevelen|-0.84
p:een week|samenvatting|-0.95
p:een week|afronding-aankondigen|-0.95
p:een weekplanner|waarschuwen|-0.93
p:een weekplanning|adviseren|0.97
p:een weer|bekritiseren|-0.98
p:een weer|afleiden|0.98
p:een wijsneus|jij-boodschap|2.34
p:een wijsneus|etiketteren|1.77
p:een wijze|prijzen|0.97
p:een zie|afronding-aankondigen|0.93
p:een zie|vervolgafspraak|0.93
p:een zie|bedanken|0.78
p:een zorgen|open-vraag|-0.99
p:eenmaal bij|afleiden|1.8
p:eenmaal een|afleiden|-1.67
p:eenmaal met|bekritiseren|-0.63
p:eenmaal met|etiketteren|-0.93
p:eenmaal onvoldoende|samenvatting|-1.0
p:eenmaal onvoldoende|moraliseren|-1.0
p:eenmaal onvoldoende|argumenteren|1.0
p:eenmaal plichten|moraliseren|0.92
p:eenmaal plichten|argumenteren|-0.86
p:eenmaal wiskunde|moraliseren|-0.75
p:eenmaal zo|moraliseren|0.96
p:eenmaal zo|argumenteren|-0.11
p:eenmaal zo|interpreteren|-0.96
p:eens buiten|ik-boodschap|0.98
p:eens buiten|bekritiseren|-0.8
p:eens de|bekritiseren|0.92
p:eens doet|moraliseren|0.97
p:eens een|adviseren|0.95
p:eens een|etiketteren|-0.93
p:eens een|afleiden|0.81
p:eens en|bevelen|-0.75
p:eens en|waarschuwen|0.97
p:eens gedacht|ondervragen|-0.97
p:eens gedacht|afleiden|-0.97
p:eens gesproken|jij-boodschap|-0.85
p:eens het|geruststellen|0.99
p:eens hoe|parafrase|-0.9
p:eens hoe|gevoelsreflectie|-0.96
p:eens hoe|open-vraag|0.88
p:eens hoe|bedanken|-1.0
p:eens hulp|gevoelsreflectie|0.97
p:eens hulp|adviseren|0.97
p:eens komt|jij-boodschap|1.67
p:eens komt|bekritiseren|1.67
p:eens mee|adviseren|-0.93
p:eens met|ik-boodschap|0.91
p:eens met|waarschuwen|-0.93
p:eens met|adviseren|3.64
p:eens met|ondervragen|-0.98
p:eens met|vervolgafspraak|-0.96
p:eens niet|jij-boodschap|1.0
p:eens niet|bekritiseren|1.0
p:eens over|moraliseren|-0.99
p:eens over|geruststellen|-1.0
p:eens over|afleiden|1.0
p:eens proberen|interpreteren|-0.9
p:eens te|ik-boodschap|-0.95
p:eentje met|ik-boodschap|-0.95
p:eerder al|jij-boodschap|-0.85
p:eerder contact|etiketteren|-0.96
p:eerder dat|interpreteren|0.81
p:eerder naar|jij-boodschap|0.98
p:eerder naar|bekritiseren|0.98
p:eerder zou|open-vraag|-0.9
p:eerlijk bent|interpreteren|-0.83
p:eerlijk bent|bedanken|0.92
p:eerlijk duurt|moraliseren|0.94
p:eerlijk gezegd|ik-boodschap|-1.9
p:eerlijk gezegd|gevoelsreflectie|-0.94
p:eerlijk gezegd|bekritiseren|-0.85
p:eerlijk tegen|gevoelsreflectie|0.16
p:eerlijk tegen|adviseren|0.73
p:eerlijk zijn|bekritiseren|0.71
p:eerlijkheid daan|bedanken|0.98
p:eerlijkheid tess|vervolgafspraak|-0.93
p:eerst de|bevelen|0.96
p:eerst een|argumenteren|-1.0
p:eerst even|aanmoediging|-0.94
p:eerst even|bevelen|1.0
p:eerst even|adviseren|0.98
p:eerst even|bekritiseren|-0.98
p:eerst even|prijzen|-0.98
p:eerst even|afleiden|0.79
p:eerst met|bevelen|-0.99
p:eerst met|adviseren|-0.97
p:eerst voordat|prijzen|-0.93
p:eerst zijn|adviseren|0.95
p:eerst zitten|bevelen|0.65
p:eerst zitten|geruststellen|-0.92
p:eerste aanpakken|parafrase|-0.92
p:eerste aanpakken|samenvatting|0.96
p:eerste aanpakken|aanmoediging|-0.98
p:eerste die|etiketteren|-0.91
p:eerste en|geruststellen|0.93
p:eerste pauze|samenvatting|-0.99
p:eerste uitleg|parafrase|-0.93
p:eerste uitleg|samenvatting|0.93
p:eerste uur|gevoelsreflectie|-1.0
p:eerste uur|vervolgafspraak|1.0
p:eigen kamer|ondervragen|-0.98
p:eigen schooltijd|interpreteren|1.0
p:eigen schuld|jij-boodschap|0.79
p:eigen schuld|bekritiseren|0.96
p:eigen woorden|parafrase|0.99
p:eigen woorden|samenvatting|0.99
p:eigenlijk ?|open-vraag|-0.96
p:eigenlijk ?|bekritiseren|-0.93
p:eigenlijk ?|afleiden|0.96
p:eigenlijk bang|moraliseren|-0.95
p:eigenlijk bij|open-vraag|-0.99
p:eigenlijk bij|bekritiseren|-0.99
p:eigenlijk bij|ondervragen|-0.99
p:eigenlijk bij|afleiden|0.99
p:eigenlijk boos|interpreteren|1.0
p:eigenlijk boos|afleiden|-0.87
p:eigenlijk dat|gevoelsreflectie|-0.86
p:eigenlijk dat|interpreteren|-0.96
p:eigenlijk dat|bedanken|-0.99
p:eigenlijk doen|open-vraag|-0.9
p:eigenlijk doen|afleiden|0.9
p:eigenlijk een|samenvatting|-0.93
p:eigenlijk helemaal|interpreteren|1.0
p:eigenlijk in|ik-boodschap|-0.98
p:eigenlijk naar|parafrase|0.92
p:eigenlijk onzeker|adviseren|-0.98
p:eigenlijk onzeker|etiketteren|-0.98
p:eigenlijk schuldig|jij-boodschap|-0.51
p:eigenlijk schuldig|bekritiseren|-0.51
p:eigenlijk van|afleiden|0.93
p:eigenlijk vindt|adviseren|-0.65
p:eigenlijk vindt|interpreteren|0.91
p:eigenlijk wat|bekritiseren|1.36
p:eigenlijk wel|bekritiseren|0.99
p:eigenlijk wil|argumenteren|-0.99
p:eigenlijk wilt|interpreteren|0.99
p:eind aan|bevelen|-0.83
p:eind aan|afronding-aankondigen|0.99
p:eind aan|vervolgafspraak|-0.99
p:eind van|ik-boodschap|-0.92
p:eind van|samenvatting|-0.99
p:eind van|waarschuwen|0.92
p:eind van|vervolgafspraak|-0.99
p:eind van|bedanken|-0.86
p:einde van|afleiden|1.85
p:eindelijk ook|jij-boodschap|1.67
p:eindelijk ook|bekritiseren|1.67
p:eindexamen niet|parafrase|-1.0
p:elf fouten|parafrase|0.92
p:elf fouten|argumenteren|0.92
p:elk kind|adviseren|-0.93
p:elkaar blijven|afronding-aankondigen|0.98
p:elkaar heen|afronding-aankondigen|-0.81
p:elkaar nog|vervolgafspraak|-0.94
p:elkaar steeds|bedanken|-0.51
p:elkaar weer|samenvatting|-0.82
p:elke avond|moraliseren|-0.98
p:elke avond|adviseren|0.84
p:elke avond|argumenteren|0.98
p:elke avond|ondervragen|-0.84
p:elke dag|ik-boodschap|1.0
p:elke dag|gevoelsreflectie|-1.0
p:elke dag|open-vraag|-1.0
p:elke dag|waarschuwen|-1.0
p:elke dag|moraliseren|1.0
p:elke dag|bekritiseren|0.99
p:elke dag|ondervragen|0.98
p:elke dag|vervolgafspraak|-1.0
p:elke dinsdag|parafrase|-0.91
p:elke dinsdag|samenvatting|0.91
p:elke klas|afleiden|1.88
p:elke ochtend|ik-boodschap|0.98
p:elke ochtend|bekritiseren|-0.8
p:elke week|adviseren|0.94
p:elke zondag|bevelen|-0.92
p:emma thuis|bedanken|-0.93
p:emotioneel van|bedanken|0.99
p:emre vaker|ik-boodschap|-0.99
p:en als|jij-boodschap|1.77
p:en als|bekritiseren|1.77
p:en bel|samenvatting|-0.78
p:en ben|parafrase|0.98
p:en daar|open-vraag|0.97
p:en daar|bekritiseren|-0.91
p:en daardoor|jij-boodschap|-1.0
p:en daardoor|waarschuwen|-1.0
p:en daardoor|bekritiseren|-1.0
p:en daarom|ik-boodschap|-0.98
p:en daarom|samenvatting|-0.95
p:en dan|ik-boodschap|1.82
p:en dan|adviseren|0.8
p:en dan|prijzen|-0.98
p:en dan|bedanken|-0.62
p:en dat|ik-boodschap|2.72
p:en dat|jij-boodschap|-0.82
p:en dat|parafrase|-0.99
p:en dat|samenvatting|0.18
p:en dat|waarschuwen|-0.91
p:en dat|adviseren|-0.93
p:en dat|argumenteren|-0.94
p:en dat|vervolgafspraak|1.03
p:en dat|bedanken|-0.51
p:en de|jij-boodschap|-0.9
p:en de|samenvatting|1.99
p:en de|open-vraag|-1.0
p:en de|bekritiseren|-0.9
p:en de|afleiden|-0.81
p:en de|vervolgafspraak|-0.99
p:en dinsdag|parafrase|0.94
p:en donderdag|samenvatting|-0.93
p:en donderdag|vervolgafspraak|0.9
p:en een|jij-boodschap|-0.98
p:en een|argumenteren|0.98
p:en een|bekritiseren|-0.98
p:en er|argumenteren|-0.94
p:en er|vervolgafspraak|-0.82
p:en ga|ik-boodschap|-1.0
p:en ga|bevelen|1.79
p:en ga|waarschuwen|-1.0
p:en haar|aanmoediging|-0.99
p:en het|parafrase|-0.93
p:en het|samenvatting|0.93
p:en het|aanmoediging|-0.98
p:en het|argumenteren|-0.97
p:en hij|parafrase|0.92
p:en hij|argumenteren|0.92
p:en hoe|aanmoediging|-0.99
p:en hoe|ondervragen|-0.8
p:en hoe|afleiden|-0.94
p:en iedereen|jij-boodschap|0.92
p:en iedereen|samenvatting|-0.92
p:en iedereen|bekritiseren|0.92
p:en ik|ik-boodschap|1.98
p:en ik|parafrase|-0.91
p:en ik|gevoelsreflectie|-0.76
p:en ik|samenvatting|-0.23
p:en ik|bevelen|-0.95
p:en ik|afronding-aankondigen|0.94
p:en ik|vervolgafspraak|0.83
p:en ik|bedanken|1.0
p:en je|ik-boodschap|-0.96
p:en je|jij-boodschap|-0.91
p:en je|parafrase|-0.97
p:en je|gevoelsreflectie|-0.95
p:en je|samenvatting|0.89
p:en je|bevelen|-0.74
p:en je|waarschuwen|1.97
p:en je|moraliseren|-0.98
p:en je|bekritiseren|-1.67
p:en je|interpreteren|-0.98
p:en je|afronding-aankondigen|-0.93
p:en kijken|samenvatting|-0.91
p:en laat|bedanken|-0.97
p:en maakt|gevoelsreflectie|0.98
p:en om|gevoelsreflectie|-0.98
p:en om|samenvatting|1.0
p:en ook|geruststellen|0.93
p:en op|samenvatting|0.92
p:en op|adviseren|-0.98
p:en over|gevoelsreflectie|-0.1
p:en over|samenvatting|0.21
p:en over|bedanken|-0.92
p:en thuis|bedanken|0.7
p:en toen|jij-boodschap|0.97
p:en toen|open-vraag|-1.0
p:en toen|aanmoediging|0.99
p:en toen|bekritiseren|0.82
p:en toen|etiketteren|-1.0
p:en toen|ondervragen|-1.0
p:en tot|bedanken|0.94
p:en u|ik-boodschap|-0.89
p:en u|jij-boodschap|0.91
p:en u|parafrase|-2.84
p:en u|samenvatting|3.74
p:en u|bekritiseren|1.9
p:en u|afronding-aankondigen|0.95
p:en u|vervolgafspraak|0.9
p:en verder|aanmoediging|1.0
p:en voor|argumenteren|-0.84
p:en waarom|moraliseren|-0.92
p:en waarom|bekritiseren|0.93
p:en was|ik-boodschap|-0.8
p:en wat|samenvatting|0.98
p:en wat|open-vraag|-0.98
p:en wie|interpreteren|-0.99
p:en wie|ondervragen|0.83
p:en wie|vervolgafspraak|-0.9
p:en zijn|ik-boodschap|-0.88
p:en zijn|parafrase|-0.99
p:en zijn|gevoelsreflectie|-0.83
p:en zijn|vervolgafspraak|-0.99
p:en zo|samenvatting|-0.99
p:eng vindt|gevoelsreflectie|0.93
p:eng vindt|adviseren|0.73
p:engels belt|bevelen|-0.63
p:engels een|argumenteren|-0.84
p:engels wat|samenvatting|1.0
p:engels wat|open-vraag|1.0
p:enkel bericht|jij-boodschap|0.92
p:enkel bericht|bekritiseren|1.72
p:enkel respect|jij-boodschap|0.85
p:enkel respect|moraliseren|-0.95
p:enkel respect|bekritiseren|0.85
p:enkel verslag|ik-boodschap|0.97
p:enkel verslag|bevelen|-0.82
p:enkel verslag|bekritiseren|-0.82
p:enkele huiswerkopdracht|ik-boodschap|0.94
p:enkele huiswerkopdracht|jij-boodschap|-0.94
p:enkele huiswerkopdracht|bekritiseren|-0.94
p:enkele moeite|bekritiseren|0.91
p:enkele opdracht|ik-boodschap|0.93
p:enkele opdracht|jij-boodschap|-0.93
p:enkele opdracht|argumenteren|-0.93
p:enkele opdracht|bekritiseren|-0.93
p:enorm als|bekritiseren|0.4
p:enorm van|gevoelsreflectie|0.82
p:enorme schrik|gevoelsreflectie|0.91
p:er aan|parafrase|-0.99
p:er allebei|ik-boodschap|0.98
p:er alles|bekritiseren|-0.91
p:er altijd|argumenteren|-1.0
p:er altijd|bekritiseren|-0.98
p:er bent|gevoelsreflectie|-0.98
p:er bent|bedanken|-0.92
p:er best|parafrase|-1.0
p:er best|open-vraag|1.0
p:er best|vervolgafspraak|-1.0
p:er bij|gevoelsreflectie|-0.96
p:er bij|adviseren|-0.78
p:er bij|afleiden|-0.99
p:er blij|ik-boodschap|1.0
p:er blij|gevoelsreflectie|-1.0
p:er blij|open-vraag|-1.0
p:er boos|adviseren|-0.93
p:er door|gevoelsreflectie|0.96
p:er drie|ik-boodschap|0.84
p:er echt|ik-boodschap|-0.98
p:er echt|gevoelsreflectie|0.99
p:er een|gevoelsreflectie|0.96
p:er een|bekritiseren|0.98
p:er een|prijzen|-1.0
p:er een|etiketteren|-1.0
p:er een|interpreteren|0.97
p:er eerlijk|ik-boodschap|-0.91
p:er eerlijk|gevoelsreflectie|-0.94
p:er gebeurd|gevoelsreflectie|1.0
p:er gebeurd|waarschuwen|-1.0
p:er gebeurd|ondervragen|-0.8
p:er gebeurd|afronding-aankondigen|-1.0
p:er gebeurt|waarschuwen|0.99
p:er gebeurt|moraliseren|-0.87
p:er gewoon|jij-boodschap|1.48
p:er gewoon|bekritiseren|0.8
p:er gewoon|interpreteren|-1.79
p:er goed|jij-boodschap|-0.93
p:er goed|bekritiseren|-0.82
p:er helaas|afronding-aankondigen|0.99
p:er helaas|vervolgafspraak|-0.99
p:er helemaal|bekritiseren|1.43
p:er helemaal|geruststellen|-0.97
p:er iemand|ik-boodschap|0.91
p:er iets|open-vraag|-1.0
p:er iets|vervolgafspraak|0.95
p:er in|gevoelsreflectie|-1.0
p:er in|bevelen|-1.0
p:er in|afleiden|1.88
p:er in|bedanken|-1.0
p:er komt|argumenteren|-0.94
p:er komt|vervolgafspraak|-0.82
p:er leerlingen|geruststellen|-0.94
p:er maar|prijzen|-0.98
p:er maar|afleiden|-0.94
p:er met|bekritiseren|0.54
p:er moe|ik-boodschap|0.98
p:er moe|adviseren|0.94
p:er moet|samenvatting|-0.95
p:er moet|open-vraag|0.95
p:er niet|jij-boodschap|0.99
p:er niet|parafrase|-0.92
p:er niet|argumenteren|1.0
p:er niet|bekritiseren|0.99
p:er niet|interpreteren|-0.97
p:er niet|geruststellen|0.97
p:er nog|ik-boodschap|-0.89
p:er nog|jij-boodschap|0.5
p:er nog|bekritiseren|0.91
p:er nooit|jij-boodschap|-0.98
p:er nooit|bekritiseren|-1.46
p:er nooit|ondervragen|0.87
p:er nou|moraliseren|0.94
p:er nu|bevelen|-0.83
p:er ook|jij-boodschap|-0.92
p:er ook|bekritiseren|-0.75
p:er ook|geruststellen|-0.87
p:er ook|vervolgafspraak|0.96
p:er oprecht|ik-boodschap|0.83
p:er oprecht|open-vraag|0.95
p:er precies|ik-boodschap|-0.94
p:er steeds|ik-boodschap|0.95
p:er stil|open-vraag|-1.0
p:er stil|aanmoediging|-1.0
p:er straks|ik-boodschap|0.93
p:er thuis|gevoelsreflectie|-0.91
p:er thuis|open-vraag|0.96
p:er thuis|bekritiseren|0.91
p:er toen|parafrase|0.96
p:er twee|gevoelsreflectie|-0.83
p:er twee|samenvatting|1.0
p:er twee|open-vraag|-1.0
p:er vast|prijzen|0.98
p:er verdrietig|ik-boodschap|-0.98
p:er verdrietig|gevoelsreflectie|1.0
p:er verdrietig|open-vraag|1.0
p:er verdrietig|waarschuwen|-1.0
p:er verdrietig|moraliseren|-0.94
p:er verdrietig|afronding-aankondigen|-1.0
p:er voor|afronding-aankondigen|1.81
p:er voor|vervolgafspraak|0.93
p:er voor|bedanken|0.78
p:er wakker|geruststellen|0.97
p:er waren|bekritiseren|-0.94
p:er was|bekritiseren|-0.58
p:er was|bedanken|1.32
p:er wel|jij-boodschap|0.86
p:er wel|bekritiseren|0.86
p:er wel|etiketteren|-0.94
p:er zelf|ik-boodschap|-0.94
p:er zelf|bekritiseren|-0.39
p:er zo|vervolgafspraak|-0.92
p:erbij ?|afronding-aankondigen|-0.95
p:erbij ?|vervolgafspraak|0.98
p:erbij ?|bedanken|0.9
p:erbij ik|parafrase|0.91
p:erbij ik|vervolgafspraak|0.91
p:erg bedankt|bekritiseren|-0.91
p:erg brutaal|bekritiseren|-2.28
p:erg dan|geruststellen|0.98
p:erg dat|argumenteren|-0.92
p:erg hoor|geruststellen|0.78
p:erg onder|geruststellen|-0.83
p:erg onzeker|parafrase|-0.96
p:erop neer|jij-boodschap|0.97
p:erop neer|samenvatting|-0.97
p:erop neer|bekritiseren|0.87
p:eruit ?|parafrase|-0.9
p:eruit gekomen|samenvatting|0.9
p:eruit gekomen|vervolgafspraak|0.9
p:ervaart u|ik-boodschap|0.99
p:ervaart u|samenvatting|-0.95
p:ervan dat|gevoelsreflectie|0.99
p:ervan dat|afronding-aankondigen|-0.98
p:ervan maar|gevoelsreflectie|0.98
p:ervan maar|afleiden|0.75
p:ervaring als|prijzen|1.0
p:ervoor dat|bevelen|1.0
p:ervoor dat|argumenteren|-1.0
p:ervoor dat|afronding-aankondigen|-1.0
p:eva in|ik-boodschap|-0.76
p:evalueren hoe|afleiden|-0.99
p:evalueren we|afronding-aankondigen|-0.95
p:evalueren we|vervolgafspraak|1.0
p:even bellen|vervolgafspraak|0.92
p:even bellen|bedanken|-0.83
p:even binnen|geruststellen|-0.79
p:even checken|parafrase|0.93
p:even checken|samenvatting|-0.84
p:even de|aanmoediging|0.98
p:even doorlopen|bevelen|-0.92
p:even hier|bekritiseren|-0.98
p:even iets|afleiden|-0.88
p:even in|adviseren|-0.99
p:even inhalen|prijzen|1.0
p:even kijken|vervolgafspraak|-1.86
p:even kijken|bedanken|-1.0
p:even laten|ik-boodschap|-0.96
p:even laten|afronding-aankondigen|-0.93
p:even luisteren|bekritiseren|-0.98
p:even met|adviseren|0.98
p:even met|prijzen|-0.98
p:even mijn|bevelen|1.0
p:even mijn|adviseren|-0.98
p:even nadenken|aanmoediging|0.98
p:even niet|bevelen|-0.67
p:even niet|prijzen|0.93
p:even op|samenvatting|0.99
p:even op|vervolgafspraak|-0.99
p:even over|afleiden|0.79
p:even samenvat|parafrase|-0.93
p:even samenvat|samenvatting|0.93
p:even samenvatten|ik-boodschap|-0.78
p:even samenvatten|parafrase|-0.97
p:even samenvatten|samenvatting|0.78
p:even samenvatten|bedanken|1.0
p:even samenvattend|argumenteren|-0.97
p:even terug|parafrase|-0.93
p:even terug|samenvatting|0.93
p:even uitleggen|bevelen|0.99
p:even voor|afleiden|0.99
p:even wachten|moraliseren|-0.92
p:even wachten|etiketteren|-0.92
p:even zitten|aanmoediging|-0.94
p:examen is|geruststellen|-0.94
p:examen niet|waarschuwen|0.91
p:examenreglement is|argumenteren|0.87
p:examenreglement staat|argumenteren|0.95
p:examens gewoon|parafrase|-0.98
p:examens gewoon|aanmoediging|-0.81
p:examens gewoon|bevelen|-0.75
p:examens gewoon|geruststellen|0.98
p:excursie naar|afronding-aankondigen|-0.93
p:excuses aan|bevelen|0.37
p:excuses aan|waarschuwen|-0.94
p:excuses aanbieden|bevelen|0.95
p:excuses aanbiedt|ik-boodschap|-0.95
p:extra gesprek|vervolgafspraak|-0.86
p:extra kans|parafrase|0.99
p:extra kans|samenvatting|0.99
p:extra opdracht|adviseren|-0.97
p:extra opdracht|prijzen|1.81
p:extra opdracht|afleiden|-0.97
p:extra uitdaging|interpreteren|0.91
p:faalangst hebt|bekritiseren|-0.86
p:fatsoenlijk over|moraliseren|0.94
p:feit dat|argumenteren|1.0
p:feit is|parafrase|-0.92
p:feit is|waarschuwen|-0.99
p:feit is|argumenteren|0.93
p:feitelijk heeft|argumenteren|0.69
p:fel omdat|gevoelsreflectie|-0.99
p:femke zitten|bevelen|-1.0
p:femke zitten|moraliseren|-1.0
p:fenna is|bekritiseren|-0.79
p:fenna's arm|aanmoediging|-0.99
p:fiets komen|moraliseren|-0.98
p:fiets komen|adviseren|0.98
p:fiets komen|ondervragen|-0.98
p:fiets naar|geruststellen|-1.0
p:fiets ophaalt|bevelen|0.94
p:fijn bedankt|bekritiseren|0.91
p:fijn bedankt|bedanken|-1.73
p:fijn dat|jij-boodschap|0.77
p:fijn dat|gevoelsreflectie|-0.98
p:fijn dat|bekritiseren|-0.64
p:fijn dat|bedanken|0.89
p:fijn om|ik-boodschap|0.73
p:fijn om|etiketteren|-0.96
p:fijn vandaag|etiketteren|-0.83
p:fijn vindt|interpreteren|-0.82
p:fijne moeder|jij-boodschap|-0.64
p:fijne moeder|prijzen|0.98
p:fijne ouders|argumenteren|-0.98
p:fijne ouders|prijzen|0.98
p:finn kan|prijzen|0.9
p:fleur heeft|bedanken|0.7
p:formulier niet|ondervragen|0.86
p:formulier toch|afleiden|-0.71
p:formulier vrijdag|bevelen|0.95
p:frans en|gevoelsreflectie|-0.98
p:frans over|parafrase|-0.91
p:frans over|samenvatting|0.91
p:frans praat|ik-boodschap|-0.99
p:frans praat|jij-boodschap|-0.82
p:frans praat|samenvatting|0.99
p:frans praat|vervolgafspraak|0.99
p:frustreert me|samenvatting|-0.81
p:frustreert me|afronding-aankondigen|0.87
p:frustreert me|bedanken|-0.51
p:frustrerend is|bekritiseren|-1.0
p:ga er|bevelen|-0.83
p:ga ik|bevelen|-0.67
p:ga je|jij-boodschap|-0.93
p:ga je|open-vraag|-0.9
p:ga je|bevelen|0.7
p:ga je|afleiden|0.9
p:ga naar|ik-boodschap|-1.0
p:ga naar|waarschuwen|-1.0
p:ga nu|jij-boodschap|0.96
p:ga nu|bevelen|0.7
p:ga straks|vervolgafspraak|-1.86
p:ga straks|bedanken|-1.0
p:ga verder|parafrase|-0.86
p:ga zitten|bevelen|0.95
p:ga zitten|waarschuwen|0.16
p:gaan ?|bekritiseren|-0.72
p:gaan afronden|afronding-aankondigen|0.99
p:gaan afronden|vervolgafspraak|-1.79
p:gaan begrenzen|jij-boodschap|-0.99
p:gaan en|gevoelsreflectie|0.98
p:gaan maar|jij-boodschap|0.97
p:gaan maar|bekritiseren|0.82
p:gaan praten|adviseren|1.99
p:gaan stoeien|ik-boodschap|0.91
p:gaan we|afronding-aankondigen|-0.96
p:gaat ?|adviseren|0.93
p:gaat ?|vervolgafspraak|0.82
p:gaat ?|bedanken|-0.83
p:gaat bedankt|ik-boodschap|-0.78
p:gaat bedankt|samenvatting|0.78
p:gaat bedankt|bedanken|1.0
p:gaat beter|samenvatting|-0.95
p:gaat dank|samenvatting|-0.94
p:gaat dat|bevelen|-0.95
p:gaat dat|adviseren|-0.87
p:gaat dat|bekritiseren|-0.63
p:gaat dat|etiketteren|-0.93
p:gaat die|parafrase|-0.98
p:gaat die|aanmoediging|-0.81
p:gaat die|bevelen|-0.75
p:gaat die|geruststellen|0.98
p:gaat echt|parafrase|-0.87
p:gaat echt|geruststellen|2.81
p:gaat eigenlijk|interpreteren|1.0
p:gaat elke|parafrase|-0.91
p:gaat elke|samenvatting|0.91
p:gaat er|gevoelsreflectie|0.96
p:gaat eruit|bevelen|-0.94
p:gaat eruit|waarschuwen|1.0
p:gaat halen|ik-boodschap|0.99
p:gaat het|jij-boodschap|-0.9
p:gaat het|parafrase|-0.92
p:gaat het|samenvatting|-0.91
p:gaat het|open-vraag|1.99
p:gaat het|bekritiseren|-0.9
p:gaat het|interpreteren|-0.91
p:gaat het|geruststellen|0.9
p:gaat het|ondervragen|-0.98
p:gaat het|bedanken|-1.0
p:gaat hier|prijzen|0.83
p:gaat hij|waarschuwen|0.98
p:gaat hij|geruststellen|-0.98
p:gaat hij|ondervragen|0.83
p:gaat hij|vervolgafspraak|-0.9
p:gaat je|bevelen|0.95
p:gaat mee|bevelen|-0.75
p:gaat morgen|bevelen|0.94
p:gaat morgen|waarschuwen|-0.94
p:gaat niet|geruststellen|-0.89
p:gaat nu|bevelen|1.65
p:gaat nu|waarschuwen|-1.0
p:gaat nu|geruststellen|-0.92
p:gaat om|ik-boodschap|-0.88
p:gaat om|gevoelsreflectie|-0.98
p:gaat om|open-vraag|-0.93
p:gaat over|interpreteren|1.0
p:gaat thuis|geruststellen|-0.96
p:gaat u|parafrase|0.87
p:gaat u|aanmoediging|1.04
p:gaat u|waarschuwen|0.82
p:gaat u|adviseren|-0.87
p:gaat u|ondervragen|-0.98
p:gaat vanaf|geruststellen|-0.99
p:gaat vanmiddag|jij-boodschap|-0.93
p:gaat vanmiddag|bevelen|1.7
p:gaat vanzelf|geruststellen|0.99
p:gaat vanzelf|afleiden|-0.99
p:gaat vast|jij-boodschap|-0.64
p:gaat vast|geruststellen|0.99
p:gaat vast|vervolgafspraak|-0.86
p:gaat vooral|moraliseren|-0.98
p:gaat vooral|interpreteren|-0.98
p:gaat voorbij|bevelen|-0.94
p:gaat werken|ik-boodschap|-0.97
p:gaat zitten|ik-boodschap|0.97
p:gaf aan|jij-boodschap|-0.95
p:gaf aan|bekritiseren|-0.95
p:gamen ?|jij-boodschap|0.95
p:gamen ?|adviseren|-0.94
p:gamen ?|bekritiseren|0.95
p:gamen ?|ondervragen|0.98
p:gamen terwijl|moraliseren|0.99
p:gamen terwijl|bekritiseren|0.5
p:gamet als|adviseren|0.94
p:gamet als|bekritiseren|0.94
p:gamet als|prijzen|-0.94
p:gang gaan|bevelen|-1.83
p:gang gaan|bekritiseren|-1.67
p:gang laten|bekritiseren|0.68
p:gangpad staat|geruststellen|-0.94
p:gapen misschien|ik-boodschap|0.98
p:gapen misschien|bekritiseren|-0.8
p:gaten hij|samenvatting|0.95
p:gaten hij|afronding-aankondigen|0.95
p:gaten hij|bedanken|0.84
p:gebakken deze|bekritiseren|0.57
p:gebeld ?|bekritiseren|0.93
p:gebeld over|parafrase|-0.9
p:gebeld over|vervolgafspraak|-1.0
p:gebeld worden|parafrase|-0.99
p:gebeurd ?|gevoelsreflectie|1.0
p:gebeurd ?|open-vraag|1.96
p:gebeurd ?|waarschuwen|-1.0
p:gebeurd ?|ondervragen|-0.8
p:gebeurd ?|afronding-aankondigen|-1.0
p:gebeurd hoe|ik-boodschap|0.98
p:gebeurd in|ik-boodschap|-0.94
p:gebeurd is|open-vraag|-0.91
p:gebeurde ?|ik-boodschap|-1.0
p:gebeurde ?|gevoelsreflectie|-1.0
p:gebeurde ?|bedanken|-1.0
p:gebeuren hoor|gevoelsreflectie|-0.93
p:gebeuren hoor|geruststellen|0.9
p:gebeurt ?|gevoelsreflectie|-0.99
p:gebeurt als|waarschuwen|0.99
p:gebeurt als|moraliseren|-0.87
p:gebeurt ga|waarschuwen|0.9
p:gebeurt ga|bekritiseren|0.9
p:gebeurt iedereen|geruststellen|0.78
p:gebeurt vooral|parafrase|-0.93
p:gebeurt vooral|samenvatting|0.93
p:gebouw al|afleiden|0.98
p:gebruiken ?|open-vraag|-0.91
p:gecontroleerd ?|ondervragen|0.98
p:gedaan noor|bevelen|-0.57
p:gedaan om|jij-boodschap|-0.93
p:gedacht aan|ondervragen|-0.97
p:gedacht aan|afleiden|-0.97
p:gedoe in|parafrase|0.93
p:gedoe in|afleiden|0.93
p:gedoe komt|open-vraag|-0.9
p:gedoe komt|afleiden|0.9
p:gedraagt zich|bekritiseren|-0.93
p:gedrag als|bekritiseren|0.92
p:gedrag in|argumenteren|-0.97
p:gedrag van|bekritiseren|-0.86
p:geduldige moeder|moraliseren|-0.92
p:geduldige moeder|etiketteren|-0.92
p:geeft ?|bekritiseren|-0.87
p:geeft aan|jij-boodschap|-0.98
p:geeft aan|geruststellen|-0.9
p:geeft hem|bekritiseren|0.92
p:geeft mij|samenvatting|-0.99
p:geeft u|bevelen|0.96
p:geen antwoord|argumenteren|-0.94
p:geen antwoord|vervolgafspraak|-0.82
p:geen cijfer|ik-boodschap|0.97
p:geen cijfer|jij-boodschap|-1.0
p:geen cijfer|bevelen|-0.82
p:geen cijfer|waarschuwen|-1.0
p:geen cijfer|bekritiseren|-1.82
p:geen enkel|ik-boodschap|0.97
p:geen enkel|jij-boodschap|1.78
p:geen enkel|bevelen|-0.82
p:geen enkel|moraliseren|-0.95
p:geen enkel|bekritiseren|1.75
p:geen enkele|ik-boodschap|1.87
p:geen enkele|jij-boodschap|-1.87
p:geen enkele|argumenteren|-0.93
p:geen enkele|bekritiseren|-0.96
p:geen handige|bekritiseren|1.0
p:geen herkansing|argumenteren|0.87
p:geen herkansing|bedanken|-0.83
p:geen idee|jij-boodschap|-0.53
p:geen idee|waarschuwen|-0.98
p:geen idee|adviseren|-0.99
p:geen idee|bekritiseren|-0.68
p:geen manier|bekritiseren|0.65
p:geen moeite|bekritiseren|-2.59
p:geen probleem|prijzen|0.98
p:geen probleem|interpreteren|-0.91
p:geen ramp|geruststellen|-0.99
p:geen ramp|afleiden|0.99
p:geen telefoons|bevelen|0.93
p:geen toetsen|ik-boodschap|0.95
p:geen voldoende|argumenteren|1.92
p:geen vwo|etiketteren|-0.99
p:geen zin|jij-boodschap|1.48
p:geen zin|bekritiseren|0.8
p:geen zin|interpreteren|-0.95
p:geen zorgen|ik-boodschap|-0.94
p:geen zorgen|geruststellen|0.73
p:geen zorgen|afleiden|-0.99
p:gegaan ?|adviseren|-0.78
p:gegaan en|samenvatting|-0.99
p:gehad dus|ik-boodschap|1.0
p:gehad hebt|jij-boodschap|-0.35
p:gehad hebt|gevoelsreflectie|0.97
p:gehad over|jij-boodschap|-0.91
p:gehad over|bekritiseren|-0.98
p:gehad over|afleiden|-0.81
p:gehad over|bedanken|-0.92
p:gehoord merk|gevoelsreflectie|0.95
p:gehoord wil|samenvatting|-0.98
p:gek opkijken|bevelen|-0.99
p:gek voor|afleiden|-0.96
p:gekeken naar|jij-boodschap|0.97
p:gekeken naar|bekritiseren|0.82
p:gekomen ?|ondervragen|0.98
p:gekomen bent|prijzen|-0.83
p:gekomen is|samenvatting|0.9
p:gekomen is|vervolgafspraak|0.9
p:gekozen als|parafrase|-0.94
p:gekozen als|open-vraag|-0.94
p:gekwetst omdat|parafrase|0.9
p:gelaten door|parafrase|-1.0
p:gelaten door|samenvatting|-1.0
p:gelaten door|bedanken|-1.0
p:gelden voor|argumenteren|0.92
p:geldt voor|samenvatting|-0.93
p:gelezen ?|ondervragen|1.77
p:gelezen en|gevoelsreflectie|-0.76
p:gelezen en|bekritiseren|0.76
p:gelijk en|parafrase|0.92
p:gelijk en|argumenteren|0.92
p:geloof ik|ik-boodschap|-1.0
p:gemaakt !|etiketteren|-0.68
p:gemaakt dus|parafrase|-0.92
p:gemaakt en|argumenteren|-0.98
p:gemaakt hebben|vervolgafspraak|0.99
p:gemaakt maar|ik-boodschap|-0.99
p:gemaakt maar|geruststellen|-0.72
p:gemeld ?|aanmoediging|-1.0
p:gemeld ?|adviseren|-1.0
p:gemeld ?|interpreteren|-0.99
p:gemeld ?|ondervragen|1.0
p:gemeld en|ik-boodschap|-0.89
p:gemeld en|jij-boodschap|0.91
p:gemeld en|bekritiseren|0.91
p:gemengde leerweg|adviseren|-0.96
p:gemerkt dat|ik-boodschap|0.95
p:gemiddeld een|parafrase|0.94
p:gemiddeld een|argumenteren|0.94
p:gemiddeld is|samenvatting|-1.0
p:gemiddeld is|moraliseren|-1.0
p:gemiddeld is|argumenteren|1.0
p:gemiddelde voor|ik-boodschap|0.93
p:gemiddelde voor|jij-boodschap|-0.93
p:gemiddelde voor|argumenteren|-0.93
p:gemiddelde voor|bekritiseren|-0.93
p:gemist dus|argumenteren|0.69
p:gemist waardoor|ik-boodschap|0.95
p:gemotiveerd is|parafrase|1.0
p:gemotiveerd is|gevoelsreflectie|-1.0
p:gemotiveerd meneer|bekritiseren|-1.0
p:genomen door|parafrase|1.0
p:genomen door|gevoelsreflectie|1.0
p:gepest bent|interpreteren|0.95
p:gepest wordt|gevoelsreflectie|-0.94
p:gepest wordt|open-vraag|0.9
p:gepest wordt|interpreteren|0.81
p:gepraat over|afronding-aankondigen|0.97
p:geraakt dat|ik-boodschap|0.95
p:geraakt door|open-vraag|-0.91
p:gereageerd ?|ondervragen|-0.8
p:gerust dat|bevelen|-0.89
p:gerust de|geruststellen|0.81
p:gerust even|aanmoediging|0.98
p:gerust wat|adviseren|0.94
p:geschiedenis nog|jij-boodschap|-1.0
p:geschiedenis nog|waarschuwen|-1.0
p:geschiedenis nog|bekritiseren|-1.0
p:geschorst wordt|bevelen|-0.99
p:geschrokken bent|afleiden|-0.77
p:geschrokken dat|ik-boodschap|0.83
p:geschrokken dat|open-vraag|0.95
p:geschrokken hoe|gevoelsreflectie|0.82
p:geschrokken van|ik-boodschap|0.98
p:gesprek afsluiten|afronding-aankondigen|0.97
p:gesprek dan|afronding-aankondigen|0.98
p:gesprek echt|bekritiseren|0.98
p:gesprek gaat|bevelen|-0.94
p:gesprek gevraagd|bevelen|-0.91
p:gesprek hier|ik-boodschap|-1.0
p:gesprek hier|samenvatting|0.95
p:gesprek hier|prijzen|-0.98
p:gesprek hier|afronding-aankondigen|2.75
p:gesprek hier|vervolgafspraak|-0.9
p:gesprek hier|bedanken|-0.16
p:gesprek ik|afronding-aankondigen|-0.98
p:gesprek ik|bedanken|0.96
p:gesprek in|ik-boodschap|-0.98
p:gesprek in|etiketteren|-1.0
p:gesprek in|vervolgafspraak|1.0
p:gesprek in|bedanken|-0.83
p:gesprek inplannen|vervolgafspraak|0.98
p:gesprek met|parafrase|0.91
p:gesprek met|bedanken|-0.83
p:gesprek nu|afronding-aankondigen|0.98
p:gesprek nu|bedanken|0.7
p:gesprek opstaat|ik-boodschap|1.0
p:gesprek opstaat|adviseren|-1.0
p:gesprek opstaat|ondervragen|-1.0
p:gesprek opstaat|afleiden|-1.0
p:gesprek opstaat|afronding-aankondigen|-1.0
p:gesprek plannen|jij-boodschap|-1.74
p:gesprek plannen|bekritiseren|-1.46
p:gesprek plannen|ondervragen|0.87
p:gesprek voor|bedanken|-0.51
p:gesprek we|ik-boodschap|-0.98
p:gesprek we|waarschuwen|-1.0
p:gesprek we|bedanken|1.0
p:gesprek zijn|open-vraag|1.0
p:gesprek zijn|geruststellen|-1.0
p:gesprekjes met|open-vraag|-0.97
p:gesproken toen|jij-boodschap|-0.85
p:gestolen fiets|parafrase|-1.0
p:gestolen fiets|vervolgafspraak|-1.0
p:gestopt na|vervolgafspraak|-0.9
p:getekend ?|ondervragen|0.86
p:geven hem|bekritiseren|0.24
p:geven van|gevoelsreflectie|-0.99
p:gevoel dat|open-vraag|0.9
p:gevoel heeft|gevoelsreflectie|-0.86
p:gevolgen hebben|moraliseren|0.97
p:gewacht met|bekritiseren|0.75
p:geweest ?|afleiden|-0.94
p:geweest ik|aanmoediging|0.99
p:geweest was|bekritiseren|0.68
p:geweldige inzet|bekritiseren|2.33
p:geweldige inzet|bedanken|-1.59
p:geweldige medewerking|bekritiseren|0.91
p:geweldige medewerking|bedanken|-1.73
p:geweldige moeder|prijzen|0.83
p:gewend op|geruststellen|0.9
p:gewerkt dit|bekritiseren|-0.83
p:gewond raken|ik-boodschap|0.91
p:gewone avond|afleiden|-0.99
p:gewone schoolochtend|gevoelsreflectie|-0.96
p:gewoon aan|ik-boodschap|-0.98
p:gewoon aan|adviseren|0.98
p:gewoon achterin|bevelen|0.99
p:gewoon bij|moraliseren|-0.97
p:gewoon bij|afleiden|0.97
p:gewoon brutaal|bekritiseren|0.94
p:gewoon brutaal|etiketteren|-0.55
p:gewoon dat|interpreteren|0.99
p:gewoon de|jij-boodschap|-0.96
p:gewoon doordat|bekritiseren|-0.86
p:gewoon doordat|geruststellen|-0.99
p:gewoon een|bekritiseren|-0.79
p:gewoon een|etiketteren|1.0
p:gewoon een|interpreteren|0.78
p:gewoon eerder|jij-boodschap|0.98
p:gewoon eerder|bekritiseren|0.98
p:gewoon eerlijk|gevoelsreflectie|0.93
p:gewoon eerlijk|adviseren|0.73
p:gewoon elf|parafrase|0.92
p:gewoon elf|argumenteren|0.92
p:gewoon elke|vervolgafspraak|-1.0
p:gewoon geen|jij-boodschap|1.48
p:gewoon geen|bekritiseren|-0.88
p:gewoon geen|interpreteren|-1.79
p:gewoon getekend|ondervragen|0.86
p:gewoon grenzen|bevelen|-1.0
p:gewoon grenzen|ondervragen|-1.0
p:gewoon haar|adviseren|-0.7
p:gewoon halen|parafrase|-0.98
p:gewoon halen|aanmoediging|-0.81
p:gewoon halen|bevelen|-0.75
p:gewoon halen|geruststellen|0.98
p:gewoon helemaal|bekritiseren|-2.17
p:gewoon jaloers|jij-boodschap|-0.96
p:gewoon jaloers|interpreteren|0.96
p:gewoon je|jij-boodschap|0.98
p:gewoon je|samenvatting|-0.98
p:gewoon je|bevelen|-0.98
p:gewoon je|bekritiseren|1.74
p:gewoon laten|jij-boodschap|1.86
p:gewoon laten|adviseren|-0.9
p:gewoon laten|bekritiseren|1.01
p:gewoon lui|etiketteren|0.84
p:gewoon maar|bevelen|-1.83
p:gewoon maar|bekritiseren|-1.67
p:gewoon met|adviseren|0.99
p:gewoon moeilijk|adviseren|-0.65
p:gewoon moeilijk|interpreteren|0.91
p:gewoon naar|jij-boodschap|-0.93
p:gewoon naar|bevelen|1.7
p:gewoon niet|jij-boodschap|-1.78
p:gewoon niet|moraliseren|0.96
p:gewoon niet|argumenteren|0.99
p:gewoon niet|bekritiseren|-2.23
p:gewoon niet|interpreteren|0.97
p:gewoon niet|afleiden|-0.98
p:gewoon niets|etiketteren|-1.0
p:gewoon niks|bekritiseren|1.56
p:gewoon nooit|bekritiseren|0.96
p:gewoon omdat|interpreteren|0.91
p:gewoon ongeïnteresseerd|bekritiseren|-1.58
p:gewoon op|bevelen|0.53
p:gewoon op|waarschuwen|-0.97
p:gewoon op|adviseren|0.98
p:gewoon op|interpreteren|-0.97
p:gewoon op|ondervragen|-0.98
p:gewoon rekenen|etiketteren|-0.99
p:gewoon respect|gevoelsreflectie|-0.96
p:gewoon schandalig|bekritiseren|0.69
p:gewoon smoesjes|bekritiseren|-1.74
p:gewoon te|adviseren|-0.99
p:gewoon te|argumenteren|-0.89
p:gewoon te|bekritiseren|0.93
p:gewoon te|etiketteren|0.99
p:gewoon te|geruststellen|-0.97
p:gewoon tegen|bekritiseren|0.5
p:gewoon voorin|geruststellen|-0.99
p:gewoon wat|bevelen|0.88
p:gewoon wat|moraliseren|0.86
p:gewoon wat|prijzen|0.94
p:gewoon wat|interpreteren|-0.85
p:gewoon wat|afleiden|-0.92
p:gewoon weer|geruststellen|0.73
p:gewoon wegzetten|adviseren|0.94
p:gewoon wegzetten|bekritiseren|0.94
p:gewoon wegzetten|prijzen|-0.94
p:gewoon zo|waarschuwen|-0.99
p:geworden ?|ondervragen|-0.94
p:geworden door|etiketteren|0.84
p:gezakt hoe|ik-boodschap|0.83
p:gezakt hoe|open-vraag|0.95
p:gezegd ?|gevoelsreflectie|0.85
p:gezegd ?|ondervragen|0.92
p:gezegd best|bekritiseren|-0.85
p:gezegd een|gevoelsreflectie|-0.94
p:gezegd hoe|ik-boodschap|0.99
p:gezegd stelt|jij-boodschap|0.98
p:gezegd stelt|bekritiseren|0.98
p:gezegd teleurgesteld|bekritiseren|-0.98
p:gezegd vind|ik-boodschap|-0.99
p:gezegd wel|ik-boodschap|-0.91
p:gezegd word|jij-boodschap|-0.96
p:gezien ?|afleiden|0.98
p:gezien dat|ik-boodschap|-0.76
p:gezien dat|jij-boodschap|-0.93
p:gezien dat|argumenteren|-0.93
p:gezien dat|bekritiseren|-0.93
p:gezien het|samenvatting|0.95
p:gezien voelt|ik-boodschap|-0.98
p:geïrriteerd bent|bedanken|-0.99
p:gijs zijn|ik-boodschap|0.98
p:gijs zijn|parafrase|-0.98
p:gijs zijn|vervolgafspraak|-0.98
p:ging en|vervolgafspraak|-0.96
p:ging het|jij-boodschap|-0.85
p:ging het|open-vraag|-0.99
p:ging het|bekritiseren|-0.99
p:ging het|ondervragen|-0.99
p:gips zat|aanmoediging|-0.99
p:gisteravond ?|ondervragen|0.94
p:gisteren de|ik-boodschap|0.85
p:gisteren met|ik-boodschap|0.95
p:gisteren uit|ik-boodschap|0.93
p:gisteren was|jij-boodschap|-0.96
p:gisteren zonder|afronding-aankondigen|-0.98
p:goed aan|jij-boodschap|-0.93
p:goed als|waarschuwen|-0.81
p:goed begeleiden|ik-boodschap|-0.89
p:goed begrijp|ik-boodschap|-0.99
p:goed begrijp|parafrase|0.99
p:goed begrijp|gevoelsreflectie|-0.98
p:goed begrijp|samenvatting|-0.91
p:goed begrijp|waarschuwen|-0.91
p:goed begrijp|bekritiseren|-0.76
p:goed begrijp|interpreteren|-0.91
p:goed begrijp|vervolgafspraak|-0.9
p:goed bij|bekritiseren|-0.82
p:goed dan|afronding-aankondigen|-0.96
p:goed dat|samenvatting|-1.0
p:goed dat|bekritiseren|-0.98
p:goed dat|prijzen|-0.97
p:goed dat|geruststellen|-0.98
p:goed gaat|samenvatting|-0.91
p:goed geholpen|jij-boodschap|-0.92
p:goed heb|samenvatting|-0.98
p:goed heb|open-vraag|0.99
p:goed heeft|gevoelsreflectie|-0.92
p:goed heeft|bekritiseren|-0.69
p:goed helpen|open-vraag|1.0
p:goed hoe|parafrase|-0.92
p:goed hoe|open-vraag|-0.95
p:goed hoe|ondervragen|-0.82
p:goed hoe|afleiden|1.94
p:goed hoor|gevoelsreflectie|1.89
p:goed hoor|open-vraag|-1.0
p:goed hoor|geruststellen|-0.72
p:goed idee|interpreteren|-0.99
p:goed iets|afleiden|0.94
p:goed in|geruststellen|0.81
p:goed laat|geruststellen|0.92
p:goed laat|afleiden|-0.92
p:goed laten|moraliseren|-0.99
p:goed laten|afleiden|-0.98
p:goed luisteren|afronding-aankondigen|0.98
p:goed maar|geruststellen|-0.96
p:goed mee|prijzen|0.98
p:goed meneer|geruststellen|1.0
p:goed om|bekritiseren|-0.95
p:goed opgevoed|bekritiseren|0.95
p:goed samenvat|samenvatting|0.98
p:goed snap|parafrase|0.98
p:goed te|jij-boodschap|0.97
p:goed te|bekritiseren|0.82
p:goed u|parafrase|1.0
p:goed verder|vervolgafspraak|-0.9
p:goed verwoorden|adviseren|-0.87
p:goed volg|ik-boodschap|-0.94
p:goed volg|adviseren|-0.97
p:goed zijn|adviseren|0.96
p:goede ideeen|parafrase|-0.89
p:goede ideeen|bekritiseren|-0.95
p:goede ouder|waarschuwen|-1.0
p:goede ouder|moraliseren|1.0
p:goede uitkomst|open-vraag|1.0
p:goede uitkomst|geruststellen|-1.0
p:goede voorbeeld|moraliseren|0.77
p:goede voorbeeld|adviseren|-1.85
p:goede vraag|bekritiseren|-0.97
p:goedemiddag fijn|gevoelsreflectie|-0.98
p:goedemiddag fijn|bedanken|-0.92
p:goedemiddag ik|ik-boodschap|-0.97
p:goedemiddag meneer|parafrase|-0.99
p:goedemiddag mevrouw|bekritiseren|0.71
p:goeiemiddag ik|etiketteren|-0.58
p:graag anders|jij-boodschap|-1.0
p:graag een|vervolgafspraak|0.91
p:graag zien|open-vraag|0.99
p:grapjes maakt|interpreteren|0.98
p:grens op|jij-boodschap|-0.96
p:grenzen gesteld|etiketteren|-1.0
p:grenzen hoort|moraliseren|0.99
p:grenzen hoort|bekritiseren|0.5
p:grenzen op|bevelen|-1.0
p:grenzen op|ondervragen|-1.0
p:grijpen thuis|adviseren|0.94
p:grijpen thuis|bekritiseren|0.94
p:grijpen thuis|prijzen|-0.94
p:groepje bij|bevelen|-0.8
p:groepje mag|ik-boodschap|-0.98
p:groepje mag|adviseren|0.98
p:groepjes bijna|bekritiseren|-0.97
p:groepsapp om|samenvatting|1.0
p:groepsapp om|open-vraag|1.0
p:groepsapp stelt|afleiden|0.93
p:groepsopdracht steeds|ik-boodschap|0.97
p:grote broer|waarschuwen|-0.97
p:grote held|samenvatting|-1.0
p:grote held|etiketteren|1.0
p:gym hebben|afleiden|0.79
p:gymdocent en|samenvatting|-0.78
p:gymdocent gaf|jij-boodschap|-0.95
p:gymdocent gaf|bekritiseren|-0.95
p:gymles is|ik-boodschap|1.87
p:gymles is|gevoelsreflectie|0.95
p:gymles te|gevoelsreflectie|0.98
p:gymspullen vergeet|ik-boodschap|-0.99
p:haal je|open-vraag|-0.93
p:haalde gemiddeld|parafrase|0.94
p:haalde gemiddeld|argumenteren|0.94
p:haalt die|waarschuwen|-0.99
p:haalt die|geruststellen|0.99
p:haalt geen|argumenteren|1.92
p:haalt het|geruststellen|0.81
p:haalt hij|parafrase|-1.0
p:haalt hij|waarschuwen|-0.95
p:haalt hij|geruststellen|0.95
p:haalt lage|samenvatting|0.93
p:haalt wel|etiketteren|-0.93
p:haalt wel|afleiden|0.81
p:haalt ze|waarschuwen|0.91
p:haar ?|ik-boodschap|0.98
p:haar bij|vervolgafspraak|-0.92
p:haar boeken|ik-boodschap|-0.96
p:haar cijfer|ik-boodschap|0.95
p:haar cijfers|afronding-aankondigen|-0.99
p:haar eens|ik-boodschap|-0.95
p:haar en|aanmoediging|-0.99
p:haar hoofd|open-vraag|0.97
p:haar hoor|gevoelsreflectie|0.85
p:haar hoor|ondervragen|0.92
p:haar huiswerk|ik-boodschap|-0.95
p:haar huiswerk|open-vraag|1.0
p:haar huiswerk|etiketteren|-0.99
p:haar laptop|ik-boodschap|0.99
p:haar laptop|vervolgafspraak|-0.92
p:haar medicijnen|vervolgafspraak|0.96
p:haar naar|ik-boodschap|0.91
p:haar naar|adviseren|0.8
p:haar niet|ik-boodschap|-0.89
p:haar niet|open-vraag|1.0
p:haar op|bekritiseren|-2.15
p:haar operatie|geruststellen|-0.99
p:haar oude|interpreteren|0.78
p:haar spullen|ik-boodschap|0.96
p:haar stiefvader|aanmoediging|-0.99
p:haar telefoon|jij-boodschap|0.9
p:haar telefoon|adviseren|0.94
p:haar telefoon|bekritiseren|0.58
p:haar thuis|ik-boodschap|0.99
p:haar toetsen|bedanken|-0.93
p:haar vader|open-vraag|-0.95
p:haar veel|bekritiseren|-1.31
p:haar vriendinnen|ik-boodschap|-0.76
p:haar zeggen|gevoelsreflectie|0.93
p:haar zeggen|adviseren|0.73
p:haar zin|adviseren|-0.7
p:haar zo|interpreteren|0.95
p:haar zus|jij-boodschap|-0.98
p:haar zus|ondervragen|-0.98
p:had gebeld|parafrase|-0.9
p:had gemaakt|ik-boodschap|-0.99
p:had gewoon|parafrase|0.92
p:had gewoon|argumenteren|0.92
p:had je|parafrase|0.98
p:had laten|samenvatting|-0.95
p:had u|jij-boodschap|1.96
p:had u|bekritiseren|1.96
p:had verwacht|open-vraag|-0.9
p:hadden veel|etiketteren|-0.96
p:haha ja|afleiden|0.94
p:halen als|prijzen|0.9
p:halen let|parafrase|-0.98
p:halen let|aanmoediging|-0.81
p:halen let|bevelen|-0.75
p:halen let|geruststellen|0.98
p:half afmaakt|ik-boodschap|0.98
p:half een|afronding-aankondigen|0.93
p:half een|vervolgafspraak|0.93
p:half een|bedanken|0.78
p:half negen|samenvatting|0.95
p:half negen|bevelen|1.74
p:half negen|argumenteren|-1.0
p:half negen|bedanken|0.84
p:half vier|bevelen|-0.95
p:halverwege het|ik-boodschap|1.0
p:halverwege het|adviseren|-1.0
p:halverwege het|ondervragen|-1.0
p:halverwege het|afleiden|-1.0
p:halverwege het|afronding-aankondigen|-1.0
p:hand ?|parafrase|-0.99
p:hand ?|ondervragen|-0.87
p:hand is|jij-boodschap|0.79
p:hand is|bekritiseren|0.96
p:handige keuze|bekritiseren|1.0
p:hard gewerkt|bekritiseren|-0.83
p:hard werkt|bedanken|-0.93
p:harde werker|prijzen|0.85
p:hardop lezen|geruststellen|0.92
p:hardop lezen|afleiden|-0.92
p:havo ?|parafrase|1.0
p:havo gaat|argumenteren|-0.92
p:havo kosten|waarschuwen|0.97
p:he maar|afleiden|0.94
p:he wat|bekritiseren|-0.98
p:he wat|afleiden|0.98
p:heb begrepen|ik-boodschap|-0.99
p:heb geen|adviseren|-0.99
p:heb gehoord|samenvatting|-0.98
p:heb gemeld|ik-boodschap|-0.89
p:heb gemeld|jij-boodschap|0.91
p:heb gemeld|bekritiseren|0.91
p:heb gemerkt|ik-boodschap|0.95
p:heb gestuurd|parafrase|0.97
p:heb gezien|ik-boodschap|-0.76
p:heb gezien|jij-boodschap|-0.93
p:heb gezien|argumenteren|-0.93
p:heb gezien|bekritiseren|-0.93
p:heb hem|jij-boodschap|-0.85
p:heb het|argumenteren|0.93
p:heb het|interpreteren|0.98
p:heb het|afleiden|-0.98
p:heb het|vervolgafspraak|-0.99
p:heb ik|ik-boodschap|1.06
p:heb ik|bevelen|-0.82
p:heb ik|waarschuwen|-1.81
p:heb ik|bekritiseren|-0.82
p:heb je|ik-boodschap|-0.93
p:heb je|parafrase|-0.94
p:heb je|gevoelsreflectie|0.85
p:heb je|open-vraag|-0.94
p:heb je|argumenteren|-0.86
p:heb je|ondervragen|0.92
p:heb u|argumenteren|0.86
p:heb uw|gevoelsreflectie|-0.76
p:heb uw|bekritiseren|0.76
p:heb vindt|open-vraag|0.99
p:hebben ?|afleiden|0.79
p:hebben als|moraliseren|0.97
p:hebben besloten|ik-boodschap|-0.95
p:hebben daar|afleiden|0.91
p:hebben dat|jij-boodschap|-0.96
p:hebben die|jij-boodschap|0.9
p:hebben die|adviseren|-0.9
p:hebben die|bekritiseren|1.59
p:hebben dit|geruststellen|0.98
p:hebben een|parafrase|-1.0
p:hebben een|moraliseren|-0.94
p:hebben een|bekritiseren|-0.48
p:hebben een|geruststellen|0.94
p:hebben een|bedanken|-1.0
p:hebben geen|jij-boodschap|-0.53
p:hebben geen|bekritiseren|-0.68
p:hebben gepraat|afronding-aankondigen|0.97
p:hebben heeft|afleiden|0.98
p:hebben het|jij-boodschap|-0.91
p:hebben het|bekritiseren|-0.98
p:hebben het|afleiden|-0.81
p:hebben het|bedanken|-0.92
p:hebben jullie|gevoelsreflectie|-0.98
p:hebben nu|samenvatting|0.98
p:hebben nu|open-vraag|-0.98
p:hebben nu|afleiden|-0.9
p:hebben over|samenvatting|-0.77
p:hebben over|afronding-aankondigen|-0.96
p:hebben structuur|moraliseren|0.95
p:hebben tien|afronding-aankondigen|-0.95
p:hebben veel|afleiden|-0.85
p:hebben voor|gevoelsreflectie|-0.96
p:hebben vorige|jij-boodschap|0.97
p:hebben vorige|bekritiseren|0.82
p:hebben wat|afleiden|0.93
p:hebben we|samenvatting|-1.0
p:hebben we|etiketteren|1.0
p:hebben ze|bekritiseren|-0.99
p:hebben ze|geruststellen|-0.99
p:hebben ze|afleiden|0.99
p:hebt ?|ondervragen|-0.86
p:hebt bo|bekritiseren|-0.86
p:hebt de|ik-boodschap|1.0
p:hebt deze|gevoelsreflectie|-0.86
p:hebt deze|open-vraag|0.93
p:hebt deze|argumenteren|-0.98
p:hebt echt|bekritiseren|-0.83
p:hebt een|waarschuwen|0.97
p:hebt er|jij-boodschap|-0.93
p:hebt er|bekritiseren|-0.89
p:hebt gedaan|bevelen|-0.57
p:hebt geslagen|waarschuwen|-0.99
p:hebt het|jij-boodschap|-1.0
p:hebt het|waarschuwen|-1.0
p:hebt het|bekritiseren|-1.0
p:hebt het|afleiden|-0.71
p:hebt in|interpreteren|0.84
p:hebt je|open-vraag|-0.93
p:hebt met|jij-boodschap|-0.35
p:hebt met|gevoelsreflectie|0.97
p:hebt nergens|jij-boodschap|0.92
p:hebt nergens|samenvatting|-0.92
p:hebt nergens|bekritiseren|0.92
p:hebt uitgelachen|ik-boodschap|1.75
p:hebt uitgelachen|gevoelsreflectie|-0.95
p:hebt verteld|bevelen|-1.0
p:hebt weer|jij-boodschap|1.0
p:hebt weer|bekritiseren|1.0
p:heeft aangepakt|gevoelsreflectie|-0.92
p:heeft aangepakt|bekritiseren|-0.69
p:heeft altijd|parafrase|-0.89
p:heeft altijd|bekritiseren|-0.95
p:heeft daan|ondervragen|-0.8
p:heeft dat|gevoelsreflectie|-0.86
p:heeft dat|geruststellen|0.89
p:heeft dat|afleiden|-0.89
p:heeft de|ik-boodschap|0.95
p:heeft die|jij-boodschap|0.96
p:heeft die|bekritiseren|-0.58
p:heeft dit|prijzen|-0.99
p:heeft dus|parafrase|1.0
p:heeft dus|argumenteren|-1.0
p:heeft een|waarschuwen|-0.97
p:heeft een|argumenteren|-0.93
p:heeft gebeld|jij-boodschap|-0.97
p:heeft geen|jij-boodschap|0.85
p:heeft geen|moraliseren|-0.95
p:heeft geen|bekritiseren|0.85
p:heeft gemaakt|parafrase|-0.92
p:heeft gevolgen|waarschuwen|0.88
p:heeft gezegd|ik-boodschap|0.99
p:heeft helemaal|geruststellen|-0.78
p:heeft hem|bekritiseren|0.96
p:heeft hem|etiketteren|-1.0
p:heeft het|jij-boodschap|0.9
p:heeft het|parafrase|-1.0
p:heeft het|gevoelsreflectie|-0.94
p:heeft het|open-vraag|0.9
p:heeft het|argumenteren|0.95
p:heeft hij|argumenteren|0.69
p:heeft hij|ondervragen|-0.15
p:heeft hij|vervolgafspraak|-0.9
p:heeft ingeleverd|ik-boodschap|0.93
p:heeft ingeleverd|jij-boodschap|-0.93
p:heeft ingeleverd|argumenteren|-0.93
p:heeft ingeleverd|bekritiseren|-0.93
p:heeft ingeleverd|interpreteren|-0.78
p:heeft ingelicht|parafrase|0.99
p:heeft ingelicht|gevoelsreflectie|0.89
p:heeft kan|vervolgafspraak|0.92
p:heeft maar|gevoelsreflectie|0.95
p:heeft me|ik-boodschap|0.95
p:heeft mij|jij-boodschap|-0.92
p:heeft moeite|bedanken|0.7
p:heeft naar|interpreteren|0.78
p:heeft niemand|parafrase|1.0
p:heeft niemand|waarschuwen|-0.91
p:heeft niemand|moraliseren|-0.99
p:heeft niemand|bekritiseren|0.99
p:heeft om|jij-boodschap|-0.95
p:heeft om|bekritiseren|-0.95
p:heeft op|jij-boodschap|0.92
p:heeft op|bekritiseren|1.72
p:heeft overal|jij-boodschap|1.43
p:heeft overal|bekritiseren|1.67
p:heeft sem|geruststellen|-0.72
p:heeft sinds|ik-boodschap|0.94
p:heeft sinds|jij-boodschap|-0.94
p:heeft sinds|bekritiseren|-0.94
p:heeft teruggebeld|bekritiseren|-1.0
p:heeft u|ik-boodschap|-0.99
p:heeft u|parafrase|0.99
p:heeft u|gevoelsreflectie|-0.16
p:heeft u|open-vraag|-1.97
p:heeft u|aanmoediging|-1.0
p:heeft u|adviseren|-1.0
p:heeft u|bekritiseren|0.21
p:heeft u|interpreteren|-1.98
p:heeft u|ondervragen|2.02
p:heeft veel|bekritiseren|0.75
p:heeft vorige|jij-boodschap|-0.77
p:heeft vorige|parafrase|-1.0
p:heeft vorige|bevelen|-0.91
p:heeft vorige|bekritiseren|-0.77
p:heeft vorige|vervolgafspraak|-1.0
p:heeft weinig|samenvatting|0.93
p:heeft ze|gevoelsreflectie|-0.94
p:heeft ze|etiketteren|-0.68
p:heel alleen|gevoelsreflectie|0.98
p:heel alleen|moraliseren|-0.98
p:heel alleen|afleiden|-0.98
p:heel behulpzaam|bekritiseren|1.64
p:heel behulpzaam|afronding-aankondigen|-0.95
p:heel behulpzaam|bedanken|-1.83
p:heel betrokken|prijzen|0.93
p:heel consequent|gevoelsreflectie|-0.88
p:heel erg|bekritiseren|-0.91
p:heel machteloos|gevoelsreflectie|0.94
p:heel makkelijk|jij-boodschap|0.86
p:heel makkelijk|bekritiseren|0.86
p:heel moe|open-vraag|-0.92
p:heel normaal|moraliseren|-0.94
p:heel normaal|geruststellen|0.94
p:heel onhandig|bekritiseren|0.93
p:heel simpel|argumenteren|0.93
p:heel veel|ik-boodschap|0.84
p:heel veel|jij-boodschap|-0.96
p:heel veel|geruststellen|0.98
p:heel verdrietig|aanmoediging|0.99
p:heel vervelend|open-vraag|-1.0
p:heel vervelend|argumenteren|-1.0
p:heel vervelend|geruststellen|-0.89
p:heen ?|gevoelsreflectie|0.96
p:heen dus|adviseren|-0.96
p:heen dus|vervolgafspraak|0.17
p:heen praat|interpreteren|-0.98
p:heen praten|afronding-aankondigen|-0.81
p:heimwee heeft|interpreteren|0.78
p:hek afzet|bevelen|0.9
p:helaas een|afronding-aankondigen|0.99
p:helaas een|vervolgafspraak|-0.99
p:helaas stoppen|waarschuwen|-1.0
p:helaas stoppen|bedanken|1.0
p:held weer|samenvatting|-1.0
p:held weer|etiketteren|1.0
p:hele klas|ik-boodschap|0.85
p:hele klas|parafrase|0.92
p:hele klas|waarschuwen|0.9
p:hele klas|argumenteren|0.92
p:hele klas|bekritiseren|-0.23
p:hele les|bekritiseren|1.0
p:hele les|interpreteren|-1.0
p:hele onrustige|open-vraag|-0.97
p:hele sectie|aanmoediging|-0.93
p:hele sectie|etiketteren|0.93
p:hele tijd|bevelen|0.84
p:hele verhaal|bekritiseren|-1.0
p:hele week|vervolgafspraak|-0.96
p:helemaal dichtklapt|samenvatting|-0.98
p:helemaal dichtklapt|bekritiseren|-0.98
p:helemaal gehad|jij-boodschap|-0.35
p:helemaal gehad|gevoelsreflectie|0.97
p:helemaal gewend|geruststellen|0.9
p:helemaal klaar|geruststellen|-0.97
p:helemaal niet|interpreteren|1.0
p:helemaal niets|bekritiseren|0.86
p:helemaal niets|geruststellen|-0.78
p:helemaal niks|bekritiseren|-3.61
p:helikopterouder reactie|etiketteren|0.93
p:helpen ?|gevoelsreflectie|0.76
p:helpen ?|adviseren|-0.94
p:helpen en|open-vraag|1.0
p:helpen en|vervolgafspraak|0.82
p:helpen om|gevoelsreflectie|-0.86
p:helpen om|open-vraag|0.93
p:helpt ?|vervolgafspraak|0.96
p:helpt echt|geruststellen|-0.94
p:helpt hem|bekritiseren|0.99
p:helpt vaak|moraliseren|-0.78
p:helpt vaak|adviseren|0.91
p:hem ?|parafrase|0.96
p:hem ?|afleiden|-0.93
p:hem af|ik-boodschap|-0.92
p:hem af|waarschuwen|0.92
p:hem afspreekt|adviseren|0.93
p:hem bespreken|ik-boodschap|0.98
p:hem bespreken|parafrase|-0.98
p:hem bespreken|vervolgafspraak|-0.98
p:hem dan|bekritiseren|0.93
p:hem de|moraliseren|-0.78
p:hem de|adviseren|0.91
p:hem dwingen|bekritiseren|-0.92
p:hem een|waarschuwen|-0.81
p:hem een|adviseren|0.15
p:hem eerder|jij-boodschap|-0.85
p:hem gaat|jij-boodschap|1.78
p:hem gaat|bekritiseren|1.24
p:hem gerust|bevelen|-0.89
p:hem gerust|adviseren|0.94
p:hem gewoon|bevelen|0.53
p:hem gewoon|prijzen|0.94
p:hem gewoon|interpreteren|-0.85
p:hem gewoon|afleiden|-0.92
p:hem goed|geruststellen|0.81
p:hem in|ik-boodschap|-0.98
p:hem in|samenvatting|-0.99
p:hem in|bevelen|0.83
p:hem los|adviseren|-0.65
p:hem los|bekritiseren|-0.25
p:hem los|interpreteren|0.91
p:hem maar|bevelen|0.9
p:hem mee|gevoelsreflectie|-0.86
p:hem mee|open-vraag|0.93
p:hem moeten|jij-boodschap|-0.91
p:hem morgen|bevelen|0.97
p:hem morgen|interpreteren|-0.97
p:hem naar|ondervragen|-0.98
p:hem naar|bedanken|-0.97
p:hem niet|ik-boodschap|-0.99
p:hem niet|jij-boodschap|0.98
p:hem niet|aanmoediging|-1.0
p:hem niet|waarschuwen|0.82
p:hem niet|moraliseren|-0.98
p:hem niet|bekritiseren|0.98
p:hem niet|vervolgafspraak|0.82
p:hem nog|samenvatting|0.99
p:hem nog|bevelen|0.83
p:hem nooit|bekritiseren|0.92
p:hem nooit|etiketteren|-1.0
p:hem nu|jij-boodschap|-0.99
p:hem om|bevelen|0.9
p:hem op|jij-boodschap|-0.99
p:hem op|parafrase|-0.89
p:hem op|adviseren|-0.94
p:hem op|bekritiseren|-1.94
p:hem over|ik-boodschap|-0.78
p:hem over|samenvatting|0.78
p:hem over|bedanken|1.0
p:hem overal|bekritiseren|-0.67
p:hem praten|adviseren|0.98
p:hem praten|prijzen|-0.98
p:hem sinds|samenvatting|-1.0
p:hem straks|waarschuwen|0.97
p:hem te|jij-boodschap|0.15
p:hem te|bekritiseren|-0.28
p:hem te|prijzen|-1.0
p:hem thuis|bevelen|-1.83
p:hem thuis|bekritiseren|-1.43
p:hem thuis|interpreteren|0.91
p:hem tot|moraliseren|0.99
p:hem tot|bekritiseren|0.5
p:hem totaal|bekritiseren|0.99
p:hem u|adviseren|0.94
p:hem veel|bekritiseren|1.34
p:hem voor|ik-boodschap|0.97
p:hem voor|bevelen|-0.82
p:hem voor|bekritiseren|-0.82
p:hem voortaan|bevelen|0.94
p:hem wat|bekritiseren|-0.87
p:hem zo|open-vraag|0.98
p:hem zo|adviseren|-0.94
p:herfstvakantie geen|ik-boodschap|0.94
p:herfstvakantie geen|jij-boodschap|-0.94
p:herfstvakantie geen|bekritiseren|-0.94
p:herfstvakantie heb|ik-boodschap|0.97
p:herfstvakantie heb|bevelen|-0.82
p:herfstvakantie heb|bekritiseren|-0.82
p:herhalen en|ik-boodschap|0.99
p:herkansing en|bedanken|-0.83
p:herkansing gemist|ik-boodschap|0.95
p:herkansing heus|waarschuwen|-0.99
p:herkansing heus|geruststellen|0.99
p:herkansingsdata staan|ik-boodschap|-0.93
p:herkansingsdata staan|bekritiseren|-0.93
p:herkansingsdata staan|afleiden|-0.93
p:het advies|adviseren|-0.96
p:het advies|argumenteren|-0.92
p:het al|ik-boodschap|-0.94
p:het al|bekritiseren|1.56
p:het allemaal|bekritiseren|0.99
p:het altijd|bekritiseren|-2.15
p:het begin|samenvatting|-0.92
p:het begin|geruststellen|0.98
p:het begon|samenvatting|0.93
p:het begon|moraliseren|-0.98
p:het begon|interpreteren|-0.98
p:het besluit|bedanken|0.88
p:het beste|open-vraag|-0.91
p:het beste|adviseren|1.94
p:het beste|afronding-aankondigen|-0.81
p:het cijfer|parafrase|0.92
p:het cijfer|samenvatting|-0.91
p:het cijfer|bevelen|-0.63
p:het cijfer|argumenteren|0.92
p:het contact|open-vraag|0.99
p:het daar|afleiden|0.98
p:het dat|bekritiseren|0.59
p:het dat|ondervragen|-0.86
p:het dat|bedanken|0.92
p:het derde|ik-boodschap|0.94
p:het derde|adviseren|-0.78
p:het deze|afleiden|-0.95
p:het doet|ik-boodschap|0.97
p:het dossier|jij-boodschap|-0.95
p:het dossier|bekritiseren|-0.95
p:het echt|ik-boodschap|1.66
p:het een|ik-boodschap|-0.72
p:het een|interpreteren|-0.99
p:het eens|waarschuwen|-0.93
p:het eens|moraliseren|-0.99
p:het eens|adviseren|0.97
p:het eens|interpreteren|-0.9
p:het eens|geruststellen|-1.0
p:het eens|afleiden|1.0
p:het eerst|afleiden|0.79
p:het eerste|gevoelsreflectie|-1.0
p:het eerste|vervolgafspraak|1.0
p:het eigenlijk|open-vraag|-0.99
p:het eigenlijk|bekritiseren|-0.99
p:het eigenlijk|ondervragen|-0.99
p:het eigenlijk|afleiden|0.99
p:het eind|ik-boodschap|-0.92
p:het eind|samenvatting|-0.99
p:het eind|waarschuwen|0.92
p:het eind|vervolgafspraak|-0.99
p:het eind|bedanken|-0.86
p:het einde|afleiden|1.85
p:het eindexamen|parafrase|-1.0
p:het eng|gevoelsreflectie|0.93
p:het eng|adviseren|0.73
p:het erop|jij-boodschap|0.97
p:het erop|samenvatting|-0.97
p:het erop|bekritiseren|0.87
p:het even|parafrase|-0.93
p:het even|samenvatting|0.93
p:het examen|waarschuwen|0.91
p:het examen|geruststellen|-0.94
p:het examenreglement|argumenteren|1.82
p:het formulier|ondervragen|0.86
p:het formulier|afleiden|-0.71
p:het frustrerend|bekritiseren|-1.0
p:het gaat|ik-boodschap|-1.87
p:het gaat|jij-boodschap|-0.82
p:het gaat|parafrase|-0.91
p:het gaat|gevoelsreflectie|-0.98
p:het gaat|open-vraag|-0.93
p:het gaat|moraliseren|-0.98
p:het gaat|adviseren|0.87
p:het gaat|interpreteren|-0.98
p:het gaat|geruststellen|-0.86
p:het gaat|afleiden|-0.99
p:het gaat|vervolgafspraak|2.73
p:het gaat|bedanken|0.16
p:het gangpad|geruststellen|-0.94
p:het gebeurt|parafrase|-0.93
p:het gebeurt|samenvatting|0.93
p:het gecontroleerd|afleiden|-0.98
p:het gedoe|parafrase|0.93
p:het gedrag|argumenteren|-0.97
p:het gehad|afleiden|-0.81
p:het gehad|bedanken|-0.92
p:het genoeg|argumenteren|-0.98
p:het gesprek|bevelen|-0.94
p:het gesprek|waarschuwen|0.95
p:het gesprek|adviseren|-1.0
p:het gesprek|prijzen|-0.98
p:het gesprek|ondervragen|-1.0
p:het gesprek|afleiden|-1.0
p:het gesprek|afronding-aankondigen|3.72
p:het gesprek|vervolgafspraak|-0.93
p:het gesprek|bedanken|1.98
p:het gevoel|gevoelsreflectie|-0.86
p:het gevoel|open-vraag|0.9
p:het gewoon|jij-boodschap|1.0
p:het gewoon|gevoelsreflectie|0.93
p:het gewoon|interpreteren|0.91
p:het gips|aanmoediging|-0.99
p:het goed|jij-boodschap|0.12
p:het goed|parafrase|1.98
p:het goed|samenvatting|-0.99
p:het goed|waarschuwen|-0.91
p:het goed|bekritiseren|0.14
p:het goed|geruststellen|-0.72
p:het goede|moraliseren|0.77
p:het goede|adviseren|-1.85
p:het groepje|ik-boodschap|-0.98
p:het groepje|adviseren|0.98
p:het hebben|samenvatting|-0.77
p:het hebben|afronding-aankondigen|-0.96
p:het heeft|ik-boodschap|0.95
p:het hek|bevelen|0.9
p:het hele|bekritiseren|-1.0
p:het helemaal|jij-boodschap|-0.35
p:het helemaal|gevoelsreflectie|0.97
p:het helpt|moraliseren|-0.78
p:het helpt|adviseren|0.91
p:het hem|bekritiseren|0.66
p:het hier|ik-boodschap|-0.83
p:het hier|argumenteren|0.93
p:het hier|afleiden|-0.91
p:het hier|afronding-aankondigen|1.89
p:het hier|vervolgafspraak|0.83
p:het hierbij|samenvatting|0.92
p:het hierbij|afronding-aankondigen|0.99
p:het hierbij|bedanken|-0.77
p:het hoort|waarschuwen|-0.99
p:het huiswek|bedanken|-1.0
p:het huiswerk|gevoelsreflectie|-0.99
p:het huiswerk|samenvatting|1.9
p:het huiswerk|aanmoediging|-0.98
p:het huiswerk|prijzen|0.98
p:het huiswerk|ondervragen|0.94
p:het huiswerk|vervolgafspraak|-0.99
p:het huiswerk|bedanken|0.7
p:het idee|parafrase|1.0
p:het idee|gevoelsreflectie|-0.94
p:het idee|argumenteren|-1.0
p:het idee|interpreteren|0.98
p:het in|ik-boodschap|-0.91
p:het in|gevoelsreflectie|-0.98
p:het in|samenvatting|-0.93
p:het in|argumenteren|0.91
p:het is|jij-boodschap|-0.2
p:het is|open-vraag|-1.0
p:het is|moraliseren|1.76
p:het is|adviseren|-0.94
p:het is|argumenteren|0.94
p:het is|prijzen|-1.0
p:het is|geruststellen|0.87
p:het is|afleiden|-0.98
p:het jaar|ik-boodschap|-0.95
p:het jaar|parafrase|0.98
p:het jaar|adviseren|-0.98
p:het jaar|argumenteren|-0.86
p:het jullie|interpreteren|0.99
p:het kamp|moraliseren|-0.98
p:het kamp|interpreteren|-0.98
p:het kamp|afleiden|0.93
p:het klopt|argumenteren|1.0
p:het komt|parafrase|-0.99
p:het komt|open-vraag|0.96
p:het komt|prijzen|-0.97
p:het komt|interpreteren|0.99
p:het komt|geruststellen|1.87
p:het langst|moraliseren|0.94
p:het lastig|gevoelsreflectie|-0.76
p:het lastig|bekritiseren|0.51
p:het leren|open-vraag|0.94
p:het leven|bevelen|-0.95
p:het liever|afleiden|0.93
p:het lijkt|geruststellen|1.05
p:het lokaal|ik-boodschap|0.91
p:het lukt|samenvatting|0.99
p:het maar|jij-boodschap|-1.0
p:het maar|aanmoediging|1.8
p:het meedenken|adviseren|-0.96
p:het meedenken|afronding-aankondigen|-1.0
p:het meedenken|vervolgafspraak|0.96
p:het meedenken|bedanken|1.0
p:het melden|ik-boodschap|-0.93
p:het mentoruur|open-vraag|-0.97
p:het met|jij-boodschap|1.78
p:het met|open-vraag|-0.98
p:het met|adviseren|-0.94
p:het met|bekritiseren|1.24
p:het met|vervolgafspraak|-0.96
p:het mij|vervolgafspraak|0.95
p:het minste|moraliseren|0.98
p:het mis|argumenteren|0.95
p:het mogelijk|bekritiseren|1.0
p:het niet|gevoelsreflectie|0.92
p:het niet|samenvatting|-0.91
p:het niet|adviseren|0.87
p:het niet|argumenteren|-1.0
p:het niet|bekritiseren|0.3
p:het nieuwe|open-vraag|-0.96
p:het nieuwe|afleiden|1.93
p:het nodig|jij-boodschap|0.75
p:het nog|samenvatting|0.93
p:het nog|afronding-aankondigen|-0.93
p:het normaal|bekritiseren|0.99
p:het nu|ik-boodschap|0.98
p:het nu|jij-boodschap|-0.91
p:het nu|samenvatting|-0.94
p:het nu|bekritiseren|-0.98
p:het nu|afleiden|-0.93
p:het om|jij-boodschap|-0.9
p:het om|samenvatting|1.0
p:het om|open-vraag|1.0
p:het onrustig|parafrase|-0.97
p:het onrustig|geruststellen|-0.94
p:het over|bevelen|-1.0
p:het over|afronding-aankondigen|-1.0
p:het pesten|parafrase|-0.99
p:het plannen|bekritiseren|-0.69
p:het positief|samenvatting|-0.91
p:het practicum|afronding-aankondigen|-0.98
p:het prima|jij-boodschap|0.95
p:het prima|bekritiseren|0.95
p:het prima|geruststellen|0.9
p:het prima|afleiden|-0.9
p:het probleem|interpreteren|1.82
p:het programma|afleiden|-0.93
p:het project|ik-boodschap|0.99
p:het project|interpreteren|-0.62
p:het protocol|argumenteren|-1.75
p:het rapport|ik-boodschap|0.84
p:het rapport|argumenteren|-0.84
p:het rapport|interpreteren|-1.0
p:het rapport|afronding-aankondigen|-0.95
p:het recht|jij-boodschap|-0.95
p:het recht|bekritiseren|-0.95
p:het redelijk|parafrase|-0.92
p:het reglement|argumenteren|0.72
p:het reglement|bekritiseren|-0.91
p:het reglement|geruststellen|-0.98
p:het rooster|vervolgafspraak|-0.99
p:het samenvat|parafrase|1.85
p:het samenvat|gevoelsreflectie|-0.95
p:het samenvat|samenvatting|0.88
p:het schoolplein|afleiden|0.93
p:het schoolreisje|parafrase|0.93
p:het slapen|aanmoediging|-0.98
p:het slim|adviseren|0.94
p:het snap|parafrase|0.93
p:het snap|samenvatting|-0.84
p:het spannend|parafrase|-1.0
p:het spannend|open-vraag|1.0
p:het spannend|vervolgafspraak|-1.0
p:het steeds|bekritiseren|0.94
p:het te|gevoelsreflectie|-0.95
p:het te|samenvatting|0.83
p:het te|interpreteren|0.91
p:het team|adviseren|-0.87
p:het tegenovergestelde|jij-boodschap|0.98
p:het tegenovergestelde|bekritiseren|0.98
p:het tenminste|afleiden|0.91
p:het thuis|gevoelsreflectie|0.95
p:het thuis|moraliseren|-0.98
p:het thuis|interpreteren|-0.98
p:het thuis|ondervragen|-0.98
p:het thuis|bedanken|-1.0
p:het toch|ik-boodschap|0.99
p:het toch|bedanken|0.99
p:het trouwens|afleiden|0.98
p:het u|gevoelsreflectie|0.86
p:het u|afleiden|-0.95
p:het uit|bevelen|0.96
p:het valt|ik-boodschap|-1.9
p:het valt|bekritiseren|-0.97
p:het vast|waarschuwen|-0.81
p:het vast|prijzen|0.98
p:het vervelend|bekritiseren|1.0
p:het vervelend|afronding-aankondigen|-0.98
p:het verzuim|argumenteren|-0.97
p:het verzuim|afleiden|-0.81
p:het via|parafrase|0.9
p:het vierde|bedanken|-0.99
p:het vmbo|afleiden|-0.81
p:het volgende|bekritiseren|-0.63
p:het volgende|etiketteren|-0.93
p:het voor|parafrase|-0.86
p:het voor|bekritiseren|-1.13
p:het voorstel|adviseren|-0.87
p:het vraagt|etiketteren|-0.91
p:het weekend|parafrase|-0.98
p:het weekend|gevoelsreflectie|-1.0
p:het weekend|ondervragen|0.16
p:het weekend|vervolgafspraak|-0.98
p:het weekend|bedanken|-1.0
p:het weer|aanmoediging|-0.93
p:het weer|etiketteren|0.1
p:het wel|waarschuwen|-0.95
p:het wel|geruststellen|0.81
p:het werk|bekritiseren|-0.94
p:het werkstuk|jij-boodschap|-1.0
p:het werkstuk|bekritiseren|-1.0
p:het wijkteam|gevoelsreflectie|0.97
p:het wijkteam|adviseren|0.97
p:het wordt|bekritiseren|-0.87
p:het zelf|ik-boodschap|0.89
p:het zelf|parafrase|-1.0
p:het zelf|gevoelsreflectie|0.95
p:het zelf|bekritiseren|0.92
p:het zesde|afronding-aankondigen|0.95
p:het zit|adviseren|-0.98
p:het zo|jij-boodschap|0.79
p:het zo|bekritiseren|1.35
p:het zonde|ik-boodschap|0.89
p:het zou|adviseren|0.96
p:hetzelfde punt|ik-boodschap|0.98
p:heus goed|afleiden|-0.99
p:heus niet|geruststellen|0.89
p:hielp die|ik-boodschap|0.94
p:hielp met|ik-boodschap|0.73
p:hier af|prijzen|-0.98
p:hier af|afronding-aankondigen|1.78
p:hier af|bedanken|0.51
p:hier afronden|ik-boodschap|-1.0
p:hier afronden|samenvatting|0.95
p:hier afronden|afronding-aankondigen|1.95
p:hier afronden|bedanken|-0.16
p:hier een|jij-boodschap|-0.96
p:hier emotioneel|bedanken|0.99
p:hier erg|geruststellen|-0.83
p:hier gewoon|jij-boodschap|0.98
p:hier gewoon|samenvatting|-0.98
p:hier gewoon|bevelen|-0.98
p:hier gewoon|bekritiseren|1.74
p:hier laten|ik-boodschap|-0.83
p:hier laten|afronding-aankondigen|1.89
p:hier laten|vervolgafspraak|0.83
p:hier met|bekritiseren|-0.72
p:hier niet|prijzen|0.97
p:hier nu|vervolgafspraak|-0.96
p:hier nu|bedanken|-0.96
p:hier onzeker|gevoelsreflectie|0.76
p:hier op|afronding-aankondigen|-0.94
p:hier stoppen|vervolgafspraak|-0.86
p:hier stoppen|bedanken|-0.9
p:hier voor|afleiden|-0.91
p:hier zeker|prijzen|0.83
p:hier zwart|argumenteren|0.93
p:hierbij laten|samenvatting|0.92
p:hierbij laten|afronding-aankondigen|0.99
p:hierbij laten|bedanken|-0.77
p:hierbij te|argumenteren|-0.9
p:hiermee wegkomt|waarschuwen|0.99
p:hierop ?|gevoelsreflectie|-1.0
p:hierop ?|open-vraag|1.0
p:hij 's|bekritiseren|0.99
p:hij 14|argumenteren|0.93
p:hij ?|ik-boodschap|-0.99
p:hij ?|open-vraag|-1.0
p:hij ?|bekritiseren|-0.99
p:hij ?|ondervragen|1.0
p:hij ?|afleiden|-0.99
p:hij achterloopt|ik-boodschap|0.98
p:hij achterloopt|adviseren|-0.85
p:hij afleiding|bekritiseren|-0.94
p:hij allemaal|ik-boodschap|0.89
p:hij altijd|jij-boodschap|-1.0
p:hij altijd|aanmoediging|-1.0
p:hij altijd|bevelen|-0.89
p:hij altijd|bekritiseren|-1.0
p:hij altijd|interpreteren|-1.0
p:hij begint|jij-boodschap|0.98
p:hij bij|parafrase|0.94
p:hij bij|adviseren|-0.87
p:hij bijles|samenvatting|1.0
p:hij bijles|vervolgafspraak|1.0
p:hij blijft|bevelen|-0.94
p:hij blijft|waarschuwen|-0.95
p:hij de|ik-boodschap|-0.15
p:hij de|adviseren|0.87
p:hij de|bekritiseren|-0.96
p:hij de|etiketteren|-0.38
p:hij de|interpreteren|-0.75
p:hij de|vervolgafspraak|1.85
p:hij die|moraliseren|0.98
p:hij dit|moraliseren|0.97
p:hij doet|jij-boodschap|-0.26
p:hij doet|waarschuwen|-0.98
p:hij doet|bekritiseren|1.46
p:hij doet|interpreteren|0.38
p:hij doet|geruststellen|-0.64
p:hij draait|geruststellen|0.73
p:hij een|parafrase|0.99
p:hij een|samenvatting|0.99
p:hij een|argumenteren|-0.92
p:hij een|ondervragen|-0.15
p:hij een|vervolgafspraak|-0.9
p:hij eerst|adviseren|0.95
p:hij eigenlijk|afleiden|0.93
p:hij elke|bekritiseren|0.99
p:hij gamet|adviseren|0.94
p:hij gamet|bekritiseren|0.94
p:hij gamet|prijzen|-0.94
p:hij geen|etiketteren|-0.99
p:hij gepest|open-vraag|0.9
p:hij geschorst|waarschuwen|0.99
p:hij geschorst|argumenteren|-0.89
p:hij gewoon|argumenteren|-0.99
p:hij gewoon|etiketteren|0.84
p:hij gisteren|ik-boodschap|-0.8
p:hij gisteren|afronding-aankondigen|-0.98
p:hij haalt|samenvatting|0.93
p:hij haalt|waarschuwen|-0.99
p:hij haalt|geruststellen|0.99
p:hij had|parafrase|0.92
p:hij had|argumenteren|0.92
p:hij heeft|samenvatting|0.93
p:hij heeft|waarschuwen|-0.97
p:hij het|parafrase|-1.0
p:hij het|gevoelsreflectie|0.92
p:hij het|samenvatting|-0.92
p:hij het|waarschuwen|-0.95
p:hij is|jij-boodschap|-1.91
p:hij is|parafrase|-0.99
p:hij is|argumenteren|-1.0
p:hij is|bekritiseren|-1.27
p:hij is|etiketteren|-1.35
p:hij is|geruststellen|0.93
p:hij is|vervolgafspraak|-0.99
p:hij klein|etiketteren|-0.38
p:hij komt|vervolgafspraak|-0.91
p:hij kreeg|bedanken|-0.83
p:hij krijgt|samenvatting|0.95
p:hij krijgt|afronding-aankondigen|0.95
p:hij krijgt|bedanken|0.84
p:hij lapt|jij-boodschap|0.97
p:hij lapt|bekritiseren|0.82
p:hij meer|jij-boodschap|-0.97
p:hij mist|parafrase|-0.93
p:hij mist|samenvatting|0.93
p:hij moet|gevoelsreflectie|-0.93
p:hij moet|waarschuwen|0.99
p:hij moet|argumenteren|-0.89
p:hij moet|geruststellen|0.9
p:hij morgen|bekritiseren|-0.91
p:hij morgen|prijzen|-0.98
p:hij naar|bekritiseren|-0.94
p:hij naar|ondervragen|0.83
p:hij naar|vervolgafspraak|-0.9
p:hij nauwelijks|ik-boodschap|0.96
p:hij negen|argumenteren|0.69
p:hij niet|ik-boodschap|-0.97
p:hij niet|parafrase|1.0
p:hij niet|gevoelsreflectie|-1.0
p:hij niet|samenvatting|-0.98
p:hij niet|waarschuwen|1.9
p:hij niet|geruststellen|-0.98
p:hij niet|afronding-aankondigen|-0.98
p:hij nog|interpreteren|0.83
p:hij om|jij-boodschap|0.95
p:hij om|waarschuwen|-0.97
p:hij om|moraliseren|-0.97
p:hij om|bekritiseren|0.95
p:hij om|ondervragen|-0.97
p:hij online|bekritiseren|0.22
p:hij op|jij-boodschap|0.46
p:hij op|moraliseren|-0.93
p:hij op|bekritiseren|0.31
p:hij overstapt|parafrase|1.0
p:hij saboteert|bekritiseren|0.87
p:hij slaapt|parafrase|-0.99
p:hij slaapt|aanmoediging|-0.99
p:hij slaapt|vervolgafspraak|-0.99
p:hij staat|ik-boodschap|0.98
p:hij staat|parafrase|-0.98
p:hij staat|argumenteren|0.85
p:hij staat|vervolgafspraak|-0.98
p:hij steeds|argumenteren|-0.99
p:hij straks|bevelen|-0.99
p:hij te|samenvatting|-0.92
p:hij thuis|ik-boodschap|-0.99
p:hij thuis|jij-boodschap|-0.98
p:hij thuis|samenvatting|-0.98
p:hij thuis|open-vraag|-1.0
p:hij thuis|moraliseren|-0.96
p:hij thuis|bekritiseren|-2.74
p:hij thuis|ondervragen|1.0
p:hij thuis|afleiden|-0.99
p:hij toch|moraliseren|0.94
p:hij vaak|ik-boodschap|-0.93
p:hij van|bedanken|-0.99
p:hij vanaf|samenvatting|-1.0
p:hij veel|ondervragen|0.98
p:hij verveelt|interpreteren|0.91
p:hij voelt|samenvatting|0.93
p:hij volgend|waarschuwen|0.97
p:hij volgend|prijzen|-0.97
p:hij was|adviseren|-0.99
p:hij was|argumenteren|1.0
p:hij weer|moraliseren|-0.87
p:hij wil|samenvatting|0.99
p:hij wil|prijzen|0.9
p:hij woensdag|prijzen|0.98
p:hij wordt|parafrase|0.86
p:hij wordt|samenvatting|-0.94
p:hij zelf|interpreteren|0.81
p:hij zich|jij-boodschap|0.86
p:hij zich|gevoelsreflectie|-0.97
p:hij zich|bevelen|0.9
p:hij zich|bekritiseren|0.86
p:hij ziek|bevelen|0.74
p:hij zijn|samenvatting|-0.99
p:hij zijn|bevelen|0.94
p:hij zijn|waarschuwen|0.98
p:hij zijn|adviseren|-0.99
p:hij zijn|bekritiseren|0.95
p:hij zijn|geruststellen|-0.98
p:hij zit|bekritiseren|-0.77
p:hij zit|interpreteren|-1.0
p:hij zit|geruststellen|-0.9
p:hij zitten|ik-boodschap|-0.97
p:hij zo|parafrase|-0.99
p:hij zo|interpreteren|0.99
p:hij zoekt|bevelen|-1.0
p:hij zoekt|ondervragen|-1.0
p:hm hm|gevoelsreflectie|-0.99
p:hm hm|aanmoediging|0.99
p:hmhm ik|aanmoediging|0.91
p:hoe bevalt|open-vraag|-0.96
p:hoe bevalt|afleiden|0.96
p:hoe dat|parafrase|-0.92
p:hoe de|open-vraag|0.88
p:hoe de|bekritiseren|-0.71
p:hoe denkt|parafrase|0.92
p:hoe en|gevoelsreflectie|-0.95
p:hoe en|samenvatting|0.83
p:hoe ervaart|ik-boodschap|0.99
p:hoe ervaart|samenvatting|-0.95
p:hoe gaat|parafrase|0.87
p:hoe gaat|gevoelsreflectie|0.98
p:hoe gaat|samenvatting|-1.0
p:hoe gaat|open-vraag|1.0
p:hoe gaat|adviseren|-0.87
p:hoe gaat|ondervragen|-0.98
p:hoe gaat|bedanken|-1.0
p:hoe ging|open-vraag|-0.99
p:hoe ging|bekritiseren|-0.99
p:hoe ging|ondervragen|-0.99
p:hoe heeft|gevoelsreflectie|0.82
p:hoe heeft|ondervragen|-0.8
p:hoe het|ik-boodschap|-0.99
p:hoe het|jij-boodschap|0.96
p:hoe het|parafrase|-0.91
p:hoe het|gevoelsreflectie|-0.98
p:hoe het|samenvatting|1.9
p:hoe het|open-vraag|-0.98
p:hoe het|adviseren|0.87
p:hoe het|bekritiseren|1.24
p:hoe het|afleiden|-0.99
p:hoe het|vervolgafspraak|1.77
p:hoe het|bedanken|0.16
p:hoe hij|gevoelsreflectie|-0.97
p:hoe ik|bekritiseren|0.71
p:hoe is|ik-boodschap|0.98
p:hoe is|parafrase|-0.86
p:hoe is|open-vraag|1.0
p:hoe is|aanmoediging|-0.99
p:hoe is|bekritiseren|1.0
p:hoe kan|bekritiseren|0.59
p:hoe kan|ondervragen|-0.86
p:hoe kevin|ik-boodschap|0.94
p:hoe kijk|ik-boodschap|0.99
p:hoe kijkt|jij-boodschap|-0.95
p:hoe kijkt|bekritiseren|-0.95
p:hoe kunnen|open-vraag|0.92
p:hoe laat|ik-boodschap|-0.99
p:hoe laat|open-vraag|-1.0
p:hoe laat|argumenteren|-0.82
p:hoe laat|bekritiseren|-0.99
p:hoe laat|ondervragen|2.81
p:hoe laat|afleiden|-0.99
p:hoe laat|vervolgafspraak|-0.9
p:hoe merkt|ik-boodschap|0.83
p:hoe merkt|open-vraag|0.95
p:hoe reageert|gevoelsreflectie|-1.0
p:hoe reageert|open-vraag|1.0
p:hoe trots|jij-boodschap|-0.53
p:hoe trots|bekritiseren|-0.68
p:hoe u|geruststellen|-0.87
p:hoe voel|ik-boodschap|-0.98
p:hoe was|open-vraag|-0.95
p:hoe was|ondervragen|-0.82
p:hoe was|afleiden|1.94
p:hoe ziet|parafrase|-0.9
p:hoe ziet|gevoelsreflectie|-0.96
p:hoe ziet|afleiden|-0.99
p:hoe zou|open-vraag|0.99
p:hoeft je|geruststellen|0.73
p:hoeft nergens|geruststellen|1.0
p:hoeft niet|geruststellen|0.97
p:hoeft u|moraliseren|-0.94
p:hoeft u|bekritiseren|-0.61
p:hoeft u|afleiden|1.8
p:hoezo was|ondervragen|0.98
p:hoi bram|jij-boodschap|-0.92
p:hoi bram|bekritiseren|-0.75
p:hoi ga|bevelen|-1.79
p:hoi ga|waarschuwen|-0.83
p:hond ?|afleiden|0.98
p:hoofd nooit|bekritiseren|0.54
p:hoofd op|open-vraag|0.97
p:hoog omdat|interpreteren|0.99
p:hoogte ?|ondervragen|0.98
p:hoogte te|moraliseren|1.93
p:hoogte te|interpreteren|-0.99
p:hoogte volgende|ik-boodschap|-0.78
p:hoogte volgende|samenvatting|0.78
p:hoogte volgende|bedanken|1.0
p:hoor bent|gevoelsreflectie|0.91
p:hoor daar|samenvatting|-1.0
p:hoor daar|etiketteren|1.0
p:hoor dat|ik-boodschap|0.89
p:hoor dat|gevoelsreflectie|2.9
p:hoor dat|geruststellen|0.78
p:hoor dat|afleiden|-0.95
p:hoor dat|bedanken|-0.99
p:hoor heeft|geruststellen|-0.72
p:hoor hoe|geruststellen|-0.87
p:hoor ik|gevoelsreflectie|0.85
p:hoor ik|ondervragen|0.92
p:hoor is|gevoelsreflectie|0.98
p:hoor is|open-vraag|-0.96
p:hoor je|waarschuwen|-0.97
p:hoor je|argumenteren|0.9
p:hoor u|gevoelsreflectie|-1.79
p:hoor wilt|open-vraag|-1.0
p:hoor zeggen|parafrase|1.0
p:hoor zeggen|gevoelsreflectie|-1.0
p:hoort alleen|bekritiseren|-1.78
p:hoort bij|afleiden|-0.93
p:hoort een|afleiden|-0.94
p:hoort er|moraliseren|0.94
p:hoort gewoon|gevoelsreflectie|-0.96
p:hoort gewoon|waarschuwen|-0.99
p:hoort gewoon|afleiden|0.97
p:hoort het|argumenteren|-1.0
p:hoort je|bevelen|-0.57
p:hoort je|geruststellen|-0.97
p:hoort niet|bekritiseren|-0.46
p:hoort nu|argumenteren|-0.96
p:hoort nu|interpreteren|-0.96
p:hoort nu|afleiden|1.8
p:hoort om|moraliseren|0.98
p:hoort te|moraliseren|0.99
p:hoort te|bekritiseren|0.5
p:hoort u|moraliseren|0.93
p:hoort zijn|waarschuwen|0.85
p:hoort zijn|moraliseren|1.0
p:horen de|argumenteren|-0.89
p:horen hoe|samenvatting|-0.16
p:horen hoe|adviseren|0.87
p:horen hoe|vervolgafspraak|0.92
p:horen hoe|bedanken|1.0
p:horen hun|bevelen|-0.97
p:horen op|moraliseren|0.99
p:horen op|interpreteren|-0.99
p:hou daar|bevelen|0.84
p:hou je|ik-boodschap|-1.0
p:hou je|bevelen|1.0
p:hou je|etiketteren|-1.0
p:hou op|afleiden|-0.99
p:houd de|ik-boodschap|-0.78
p:houd de|samenvatting|0.78
p:houd de|bedanken|1.0
p:houd ik|open-vraag|-0.99
p:houden anders|bevelen|0.99
p:houden anders|waarschuwen|0.99
p:houden anders|argumenteren|-0.89
p:houden contact|aanmoediging|-0.92
p:houden en|samenvatting|-0.91
p:houden zijn|samenvatting|0.95
p:houden zijn|afronding-aankondigen|0.95
p:houden zijn|bedanken|0.84
p:houding helpt|geruststellen|-0.94
p:houding van|bekritiseren|0.99
p:houdt heb|waarschuwen|-0.98
p:houdt hem|geruststellen|0.81
p:houdt hoe|jij-boodschap|-0.95
p:houdt hoe|bekritiseren|-0.95
p:houdt zich|adviseren|-0.99
p:houdt zich|bekritiseren|0.99
p:houdt zich|prijzen|-0.98
p:huilend op|ik-boodschap|-0.89
p:huis eigenlijk|open-vraag|-0.96
p:huis eigenlijk|afleiden|0.96
p:huis gegaan|samenvatting|-0.99
p:huis te|adviseren|0.95
p:huisarts geweest|afleiden|-0.94
p:huisarts kunnen|adviseren|1.0
p:huisarts op|samenvatting|0.9
p:huisarts op|vervolgafspraak|0.9
p:huiswerk af|gevoelsreflectie|-1.0
p:huiswerk af|open-vraag|-1.0
p:huiswerk afspreken|adviseren|0.99
p:huiswerk blijft|samenvatting|0.94
p:huiswerk dat|open-vraag|-0.93
p:huiswerk de|samenvatting|0.99
p:huiswerk de|aanmoediging|-0.98
p:huiswerk de|adviseren|-0.87
p:huiswerk de|vervolgafspraak|-0.99
p:huiswerk gecontroleerd|ondervragen|0.98
p:huiswerk gewoon|geruststellen|-0.97
p:huiswerk lukt|samenvatting|0.95
p:huiswerk maakt|moraliseren|-0.16
p:huiswerk maakt|adviseren|0.95
p:huiswerk maakt|bekritiseren|0.91
p:huiswerk maken|moraliseren|-0.99
p:huiswerk maken|adviseren|0.99
p:huiswerk niet|ik-boodschap|0.84
p:huiswerk niet|argumenteren|-0.98
p:huiswerk niet|vervolgafspraak|1.74
p:huiswerk steeds|etiketteren|-0.99
p:huiswerk te|waarschuwen|0.85
p:huiswerk te|moraliseren|1.0
p:huiswerk thuis|open-vraag|1.0
p:huiswerk toe|bekritiseren|-0.76
p:huiswerk uren|bedanken|0.7
p:huiswerk vergeet|open-vraag|1.0
p:huiswerk wel|gevoelsreflectie|-0.99
p:huiswerk wel|samenvatting|-0.99
p:huiswerkinstituut ?|ondervragen|-0.97
p:huiswerkinstituut ?|afleiden|-0.97
p:huiswerkklas en|parafrase|-0.91
p:huiswerkklas en|samenvatting|0.91
p:huiswerkopdracht ingelevert|ik-boodschap|0.94
p:huiswerkopdracht ingelevert|jij-boodschap|-0.94
p:huiswerkopdracht ingelevert|bekritiseren|-0.94
p:huiswerkritme er|geruststellen|-0.87
p:huiswerktijd afspreken|ik-boodschap|0.78
p:huiswerktijd afspreken|adviseren|0.87
p:huiswerktijd afspreken|vervolgafspraak|0.92
p:huiswerkuur in|adviseren|0.84
p:huiswerkuur in|ondervragen|-0.84
p:hulp kunnen|gevoelsreflectie|0.97
p:hulp kunnen|adviseren|0.97
p:hulp nodig|prijzen|1.0
p:hun concentratie|interpreteren|-0.98
p:hun kind|bevelen|-0.97
p:hun vraag|ik-boodschap|0.95
p:hun vraag|waarschuwen|-0.9
p:hysterisch en|bevelen|1.79
p:hè ?|gevoelsreflectie|0.99
p:hè met|ik-boodschap|-0.98
p:hé bram|geruststellen|0.99
p:idee dat|parafrase|1.0
p:idee dat|gevoelsreflectie|-0.94
p:idee dat|argumenteren|-1.0
p:idee dat|interpreteren|0.98
p:idee hoe|jij-boodschap|-0.53
p:idee hoe|bekritiseren|-0.68
p:idee is|interpreteren|-0.99
p:idee of|waarschuwen|-0.98
p:idee om|open-vraag|-1.0
p:idee om|adviseren|1.0
p:idee waar|adviseren|-0.99
p:idee zou|adviseren|0.99
p:ideeen dus|parafrase|-0.89
p:ideeen dus|bekritiseren|-0.95
p:iedereen een|prijzen|-0.9
p:iedereen haalt|etiketteren|-0.93
p:iedereen haalt|afleiden|0.81
p:iedereen hetzelfde|argumenteren|0.97
p:iedereen is|jij-boodschap|0.92
p:iedereen is|samenvatting|-0.92
p:iedereen is|bekritiseren|0.92
p:iedereen ook|argumenteren|0.92
p:iedereen wel|geruststellen|-0.72
p:iedereen wel|afleiden|0.93
p:iemand anders|afronding-aankondigen|-0.93
p:iemand gewond|ik-boodschap|0.91
p:iemand hebt|waarschuwen|-0.99
p:iemand pijn|bevelen|-0.57
p:iemand uitlachen|ik-boodschap|-0.92
p:iemand uitlachen|moraliseren|0.92
p:iemand uitschelden|jij-boodschap|-1.8
p:iemand uitschelden|moraliseren|0.96
p:iemand uitschelden|bekritiseren|-1.45
p:iets aan|bekritiseren|0.92
p:iets is|vervolgafspraak|0.95
p:iets leukers|jij-boodschap|-1.0
p:iets leukers|bevelen|-1.0
p:iets leukers|afronding-aankondigen|-1.0
p:iets op|afleiden|-0.99
p:iets positiefs|geruststellen|-1.0
p:iets positiefs|afleiden|1.0
p:iets te|afronding-aankondigen|-0.98
p:iets van|jij-boodschap|0.97
p:iets van|samenvatting|-0.97
p:iets van|bekritiseren|0.87
p:iets van|etiketteren|-0.98
p:iets verandert|open-vraag|-1.0
p:ik alles|gevoelsreflectie|-0.83
p:ik alles|open-vraag|-0.93
p:ik app|aanmoediging|-0.97
p:ik app|vervolgafspraak|0.97
p:ik balen|gevoelsreflectie|-0.86
p:ik balen|open-vraag|0.93
p:ik bedoel|geruststellen|-0.98
p:ik begin|afronding-aankondigen|-0.95
p:ik begrijp|gevoelsreflectie|-0.76
p:ik begrijp|aanmoediging|0.91
p:ik begrijp|bekritiseren|-0.23
p:ik begrijp|afleiden|1.08
p:ik bel|ik-boodschap|0.78
p:ik bel|parafrase|-1.0
p:ik bel|samenvatting|-1.92
p:ik bel|bevelen|-0.95
p:ik bel|adviseren|0.87
p:ik bel|afronding-aankondigen|-0.98
p:ik bel|vervolgafspraak|1.92
p:ik ben|ik-boodschap|1.92
p:ik ben|jij-boodschap|-1.0
p:ik ben|gevoelsreflectie|-1.94
p:ik ben|open-vraag|0.91
p:ik ben|waarschuwen|-1.0
p:ik ben|adviseren|-0.94
p:ik ben|bekritiseren|-0.98
p:ik ben|etiketteren|-0.58
p:ik ben|geruststellen|-0.99
p:ik ben|vervolgafspraak|0.96
p:ik ben|bedanken|0.54
p:ik best|bevelen|-0.9
p:ik beëindig|ik-boodschap|-0.98
p:ik bram|parafrase|0.97
p:ik breek|afronding-aankondigen|0.8
p:ik dat|ik-boodschap|0.96
p:ik dat|bevelen|0.9
p:ik dat|waarschuwen|0.81
p:ik dat|interpreteren|-0.98
p:ik de|ik-boodschap|-0.96
p:ik de|samenvatting|-0.99
p:ik de|adviseren|0.99
p:ik de|argumenteren|-0.94
p:ik de|bekritiseren|-0.91
p:ik de|vervolgafspraak|-1.79
p:ik denk|ik-boodschap|-0.98
p:ik denk|jij-boodschap|0.98
p:ik denk|bekritiseren|1.36
p:ik denk|prijzen|-1.0
p:ik denk|etiketteren|0.84
p:ik denk|interpreteren|0.77
p:ik denk|afleiden|-0.87
p:ik die|adviseren|0.94
p:ik die|bekritiseren|0.94
p:ik die|prijzen|-0.94
p:ik dit|ik-boodschap|-1.87
p:ik dit|jij-boodschap|0.91
p:ik dit|bevelen|0.95
p:ik dit|moraliseren|-1.0
p:ik dit|bekritiseren|0.91
p:ik door|parafrase|-0.99
p:ik door|interpreteren|0.99
p:ik drie|open-vraag|-0.99
p:ik echt|ik-boodschap|1.75
p:ik echt|gevoelsreflectie|-0.95
p:ik een|jij-boodschap|-0.73
p:ik een|argumenteren|-0.94
p:ik een|vervolgafspraak|-0.82
p:ik eerst|bevelen|-0.99
p:ik eng|vervolgafspraak|-0.96
p:ik ga|bevelen|-0.83
p:ik ga|vervolgafspraak|-1.89
p:ik ga|bedanken|-1.0
p:ik geen|waarschuwen|-0.98
p:ik haar|open-vraag|1.0
p:ik haar|vervolgafspraak|-0.92
p:ik heb|ik-boodschap|-0.8
p:ik heb|jij-boodschap|-1.78
p:ik heb|gevoelsreflectie|-0.76
p:ik heb|adviseren|-0.99
p:ik heb|argumenteren|0.87
p:ik heb|bekritiseren|-0.17
p:ik heb|interpreteren|0.98
p:ik heb|afleiden|-0.98
p:ik heb|vervolgafspraak|-0.99
p:ik hem|samenvatting|-0.99
p:ik hem|bevelen|0.84
p:ik hem|waarschuwen|1.74
p:ik hem|adviseren|-0.99
p:ik hem|bekritiseren|-0.82
p:ik hem|prijzen|0.94
p:ik hem|vervolgafspraak|0.82
p:ik het|parafrase|3.83
p:ik het|samenvatting|-0.79
p:ik het|open-vraag|-0.91
p:ik het|geruststellen|-0.72
p:ik het|afleiden|0.93
p:ik hier|jij-boodschap|-0.96
p:ik hoor|ik-boodschap|0.89
p:ik hoor|gevoelsreflectie|1.11
p:ik hoor|open-vraag|-0.89
p:ik hoor|afleiden|-0.95
p:ik hoor|bedanken|-0.99
p:ik houd|ik-boodschap|-0.78
p:ik houd|samenvatting|0.78
p:ik houd|bedanken|1.0
p:ik jammer|ik-boodschap|0.78
p:ik jammer|adviseren|0.87
p:ik jammer|afronding-aankondigen|0.17
p:ik jammer|vervolgafspraak|0.84
p:ik je|jij-boodschap|-1.0
p:ik je|gevoelsreflectie|-1.0
p:ik je|waarschuwen|0.98
p:ik je|bekritiseren|-1.0
p:ik je|afronding-aankondigen|1.88
p:ik je|vervolgafspraak|1.93
p:ik je|bedanken|0.78
p:ik jou|ik-boodschap|-0.94
p:ik jou|bevelen|-0.99
p:ik jullie|adviseren|0.94
p:ik jullie|bekritiseren|0.94
p:ik jullie|prijzen|-0.94
p:ik kan|ik-boodschap|-0.97
p:ik kan|gevoelsreflectie|0.98
p:ik kan|samenvatting|-1.0
p:ik kan|open-vraag|-1.0
p:ik kijk|bedanken|-0.97
p:ik kim|ik-boodschap|-0.89
p:ik lastig|open-vraag|1.0
p:ik lastig|argumenteren|-0.94
p:ik lastig|vervolgafspraak|-0.82
p:ik luister|aanmoediging|1.97
p:ik maak|parafrase|-1.0
p:ik maak|samenvatting|-0.99
p:ik maak|open-vraag|-0.93
p:ik maak|argumenteren|-0.98
p:ik maak|bekritiseren|-0.8
p:ik maak|interpreteren|-0.93
p:ik maak|geruststellen|-0.92
p:ik maandag|ik-boodschap|0.98
p:ik maandag|parafrase|-0.98
p:ik maandag|vervolgafspraak|-0.98
p:ik maar|parafrase|-0.87
p:ik maar|gevoelsreflectie|2.77
p:ik maar|geruststellen|0.93
p:ik maar|ondervragen|0.92
p:ik mail|vervolgafspraak|0.99
p:ik mail|bedanken|-0.9
p:ik me|ik-boodschap|0.91
p:ik me|open-vraag|0.97
p:ik merk|ik-boodschap|-1.98
p:ik merk|gevoelsreflectie|0.66
p:ik merk|adviseren|0.87
p:ik merk|afronding-aankondigen|0.87
p:ik merk|bedanken|0.99
p:ik met|ik-boodschap|-0.99
p:ik met|jij-boodschap|-0.82
p:ik met|samenvatting|0.99
p:ik met|vervolgafspraak|0.99
p:ik mijn|open-vraag|-0.97
p:ik mijn|bekritiseren|0.71
p:ik minder|open-vraag|-0.99
p:ik misschien|adviseren|0.98
p:ik misschien|prijzen|-0.98
p:ik mo|ik-boodschap|0.98
p:ik mo|waarschuwen|-0.83
p:ik moeilijk|waarschuwen|-0.91
p:ik moet|ik-boodschap|-0.93
p:ik moet|adviseren|-0.99
p:ik moet|vervolgafspraak|-0.96
p:ik moet|bedanken|-0.96
p:ik naar|ik-boodschap|0.93
p:ik neem|vervolgafspraak|1.0
p:ik nerveus|bekritiseren|-0.91
p:ik niet|waarschuwen|-0.91
p:ik niet|afronding-aankondigen|0.98
p:ik niet|vervolgafspraak|-1.0
p:ik niets|waarschuwen|1.0
p:ik niets|interpreteren|-1.0
p:ik nu|bevelen|-0.67
p:ik ook|ik-boodschap|0.74
p:ik ook|argumenteren|0.91
p:ik overleg|samenvatting|0.9
p:ik overleg|vervolgafspraak|0.9
p:ik plan|etiketteren|-1.0
p:ik plan|vervolgafspraak|1.0
p:ik plan|bedanken|-0.83
p:ik praat|parafrase|-0.91
p:ik praat|samenvatting|0.91
p:ik regel|parafrase|0.91
p:ik regel|vervolgafspraak|0.91
p:ik reken|prijzen|0.93
p:ik reken|etiketteren|-0.97
p:ik schrok|aanmoediging|-0.99
p:ik schrok|afronding-aankondigen|-0.98
p:ik schrok|vervolgafspraak|-0.99
p:ik sluit|adviseren|-0.96
p:ik sluit|vervolgafspraak|0.96
p:ik snap|gevoelsreflectie|0.93
p:ik snap|bevelen|0.65
p:ik snap|adviseren|0.72
p:ik snap|geruststellen|0.92
p:ik snap|afleiden|-0.9
p:ik snap|vervolgafspraak|-1.0
p:ik spreek|samenvatting|-0.78
p:ik spreek|bekritiseren|-0.71
p:ik stel|ik-boodschap|-1.0
p:ik stel|afronding-aankondigen|0.13
p:ik stel|bedanken|-1.0
p:ik stuur|ik-boodschap|-0.83
p:ik stuur|bevelen|-0.95
p:ik stuur|waarschuwen|1.0
p:ik stuur|vervolgafspraak|0.83
p:ik tegelijk|ik-boodschap|0.9
p:ik tegen|bevelen|0.99
p:ik tegen|waarschuwen|-0.99
p:ik typerend|ik-boodschap|-0.89
p:ik typerend|jij-boodschap|0.91
p:ik typerend|bekritiseren|0.91
p:ik u|ik-boodschap|-0.78
p:ik u|parafrase|1.0
p:ik u|gevoelsreflectie|-1.07
p:ik u|samenvatting|-0.13
p:ik u|waarschuwen|0.92
p:ik u|adviseren|-0.95
p:ik u|bekritiseren|-1.48
p:ik u|prijzen|0.94
p:ik u|interpreteren|-0.91
p:ik u|bedanken|0.16
p:ik van|ik-boodschap|0.97
p:ik van|bevelen|-0.82
p:ik van|bekritiseren|-0.82
p:ik verdrietig|ik-boodschap|-0.98
p:ik vervelend|ik-boodschap|0.99
p:ik vervelend|open-vraag|-0.97
p:ik verwacht|bevelen|0.94
p:ik vind|ik-boodschap|1.11
p:ik vind|jij-boodschap|1.74
p:ik vind|bekritiseren|1.59
p:ik vind|afronding-aankondigen|-0.98
p:ik vind|vervolgafspraak|-0.96
p:ik voel|vervolgafspraak|-0.92
p:ik volg|aanmoediging|0.98
p:ik vond|ik-boodschap|2.6
p:ik vond|bekritiseren|1.0
p:ik vraag|jij-boodschap|0.96
p:ik waar|open-vraag|0.92
p:ik waardeer|bedanken|0.92
p:ik waarschuw|waarschuwen|0.88
p:ik wat|gevoelsreflectie|1.0
p:ik wat|open-vraag|1.0
p:ik wat|waarschuwen|-1.0
p:ik wat|afronding-aankondigen|-1.0
p:ik weet|prijzen|0.93
p:ik wel|prijzen|-0.97
p:ik wil|ik-boodschap|-0.83
p:ik wil|gevoelsreflectie|-0.98
p:ik wil|samenvatting|1.87
p:ik wil|bevelen|0.98
p:ik wil|bekritiseren|0.71
p:ik wil|afronding-aankondigen|1.94
p:ik wil|vervolgafspraak|-0.87
p:ik wil|bedanken|0.46
p:ik word|ik-boodschap|1.97
p:ik word|moraliseren|-0.94
p:ik zag|aanmoediging|-0.99
p:ik zag|bevelen|-0.9
p:ik zag|vervolgafspraak|-0.99
p:ik zeg|gevoelsreflectie|-0.97
p:ik zeg|samenvatting|0.93
p:ik zeg|bekritiseren|0.82
p:ik zeg|geruststellen|0.88
p:ik zie|ik-boodschap|0.13
p:ik zie|parafrase|-0.99
p:ik zie|gevoelsreflectie|0.97
p:ik zie|adviseren|-0.83
p:ik zie|bedanken|0.93
p:ik zo|bekritiseren|-2.32
p:ik zonde|afronding-aankondigen|-0.98
p:ik zonde|vervolgafspraak|0.92
p:ik zou|adviseren|0.99
p:ik zwaar|ik-boodschap|0.84
p:ilse in|ik-boodschap|0.99
p:in 2b|jij-boodschap|-0.9
p:in 2b|bekritiseren|-0.9
p:in ?|adviseren|0.84
p:in ?|ondervragen|-0.84
p:in actie|adviseren|-0.92
p:in actie|bekritiseren|-2.15
p:in als|adviseren|0.94
p:in als|bekritiseren|0.94
p:in als|prijzen|-0.94
p:in bed|moraliseren|0.98
p:in bescherming|jij-boodschap|1.0
p:in bescherming|bekritiseren|0.89
p:in bescherming|prijzen|-1.0
p:in dat|bekritiseren|-2.32
p:in dat|prijzen|1.0
p:in dat|afleiden|-0.94
p:in de|ik-boodschap|-0.81
p:in de|jij-boodschap|0.15
p:in de|parafrase|-1.11
p:in de|samenvatting|0.13
p:in de|open-vraag|0.98
p:in de|waarschuwen|0.97
p:in de|moraliseren|-0.94
p:in de|adviseren|-0.15
p:in de|argumenteren|-0.12
p:in de|bekritiseren|0.23
p:in de|etiketteren|-1.0
p:in de|interpreteren|0.99
p:in de|geruststellen|-0.15
p:in de|afleiden|0.69
p:in de|vervolgafspraak|-0.99
p:in de|bedanken|-0.16
p:in die|interpreteren|0.84
p:in dit|bekritiseren|0.98
p:in een|bevelen|-0.8
p:in een|geruststellen|0.95
p:in elke|afleiden|1.88
p:in groepjes|bekritiseren|-0.97
p:in hebt|jij-boodschap|1.48
p:in hebt|bekritiseren|3.11
p:in hebt|interpreteren|-1.79
p:in het|ik-boodschap|0.85
p:in het|gevoelsreflectie|-1.0
p:in het|aanmoediging|-0.99
p:in het|bevelen|-0.95
p:in het|ondervragen|0.98
p:in het|vervolgafspraak|-0.98
p:in het|bedanken|-1.0
p:in hoe|jij-boodschap|1.78
p:in hoe|bekritiseren|1.24
p:in huis|adviseren|0.95
p:in je|jij-boodschap|0.93
p:in je|bekritiseren|0.93
p:in jezelf|open-vraag|-1.0
p:in jezelf|interpreteren|-1.0
p:in jouw|adviseren|0.99
p:in kringetjes|afronding-aankondigen|0.87
p:in lokaal|gevoelsreflectie|-1.0
p:in lokaal|vervolgafspraak|1.0
p:in magister|ik-boodschap|0.93
p:in magister|bevelen|-0.69
p:in magister|adviseren|-0.99
p:in magister|argumenteren|-0.93
p:in magister|bekritiseren|0.76
p:in magister|geruststellen|-0.92
p:in mei|geruststellen|-0.94
p:in met|etiketteren|-1.0
p:in met|vervolgafspraak|1.0
p:in mijn|parafrase|0.99
p:in mijn|samenvatting|0.99
p:in mijn|moraliseren|0.86
p:in orde|argumenteren|-0.98
p:in orde|prijzen|0.98
p:in plaats|adviseren|-0.96
p:in samen|ik-boodschap|-0.98
p:in september|argumenteren|2.0
p:in te|jij-boodschap|-0.95
p:in te|bekritiseren|-0.95
p:in voor|bedanken|-0.83
p:in welke|jij-boodschap|-0.98
p:in welke|ondervragen|-0.98
p:in zijn|bekritiseren|-0.94
p:in zit|samenvatting|-0.81
p:in één|ik-boodschap|0.83
p:in één|open-vraag|0.95
p:incident op|afleiden|0.93
p:informatie u|parafrase|-0.99
p:ingeleverd bij|afleiden|-0.71
p:ingeleverd dus|ik-boodschap|0.93
p:ingeleverd dus|jij-boodschap|-0.93
p:ingeleverd dus|argumenteren|-0.93
p:ingeleverd dus|bekritiseren|-0.93
p:ingeleverd en|jij-boodschap|-1.0
p:ingeleverd en|waarschuwen|-1.0
p:ingeleverd en|bekritiseren|-1.0
p:ingeleverd ik|open-vraag|-0.93
p:ingeleverd werkstuk|argumenteren|0.9
p:ingelicht over|waarschuwen|-0.91
p:ingrijpen en|waarschuwen|-0.91
p:inhalen en|ik-boodschap|0.84
p:inhalen toch|prijzen|1.0
p:inlevert krijg|waarschuwen|0.97
p:inlevert krijg|argumenteren|-0.94
p:inlevert mag|waarschuwen|0.93
p:inplannen met|vervolgafspraak|0.98
p:interesse toont|jij-boodschap|1.78
p:interesse toont|bekritiseren|1.24
p:irriteert me|parafrase|-0.99
p:is ?|bekritiseren|0.87
p:is ?|vervolgafspraak|0.95
p:is allemaal|geruststellen|0.98
p:is als|moraliseren|-0.98
p:is als|adviseren|0.95
p:is als|argumenteren|0.98
p:is beter|samenvatting|0.94
p:is dat|gevoelsreflectie|-1.0
p:is dat|bevelen|0.93
p:is dat|waarschuwen|-0.99
p:is dat|bekritiseren|-1.0
p:is de|open-vraag|1.0
p:is de|bekritiseren|-1.0
p:is de|etiketteren|1.0
p:is de|vervolgafspraak|-0.9
p:is degene|jij-boodschap|1.31
p:is dit|bekritiseren|0.81
p:is duidelijk|argumenteren|0.87
p:is echt|ik-boodschap|-1.0
p:is echt|jij-boodschap|-2.01
p:is echt|parafrase|-1.0
p:is echt|gevoelsreflectie|-1.0
p:is echt|samenvatting|-1.0
p:is echt|open-vraag|-1.0
p:is echt|aanmoediging|-1.0
p:is echt|bevelen|-1.0
p:is echt|waarschuwen|-1.0
p:is echt|moraliseren|-1.0
p:is echt|adviseren|-1.0
p:is echt|argumenteren|-1.0
p:is echt|bekritiseren|2.55
p:is echt|prijzen|-1.0
p:is echt|etiketteren|-0.54
p:is echt|interpreteren|-1.0
p:is echt|geruststellen|1.08
p:is echt|ondervragen|-1.0
p:is echt|afleiden|-1.0
p:is echt|afronding-aankondigen|-1.0
p:is echt|vervolgafspraak|-1.0
p:is echt|bedanken|-1.0
p:is een|jij-boodschap|0.98
p:is een|moraliseren|-1.94
p:is een|argumenteren|-0.98
p:is een|bekritiseren|0.25
p:is een|etiketteren|0.18
p:is een|afleiden|0.9
p:is een|afronding-aankondigen|-0.98
p:is er|ik-boodschap|-0.94
p:is er|parafrase|-0.99
p:is er|gevoelsreflectie|1.0
p:is er|open-vraag|1.96
p:is er|waarschuwen|-1.0
p:is er|ondervragen|-0.8
p:is er|afronding-aankondigen|-1.0
p:is erg|bekritiseren|-2.28
p:is fijn|jij-boodschap|-0.89
p:is fijn|bekritiseren|-0.74
p:is gebeurd|ik-boodschap|0.98
p:is gebeurd|bevelen|-1.0
p:is geduwd|ik-boodschap|0.89
p:is geduwd|gevoelsreflectie|0.95
p:is geen|bekritiseren|0.65
p:is geen|interpreteren|-0.91
p:is gelopen|jij-boodschap|0.79
p:is gelopen|bekritiseren|0.96
p:is gemeld|interpreteren|-0.93
p:is gewoon|bekritiseren|-2.21
p:is gewoon|afleiden|-0.98
p:is geworden|etiketteren|0.84
p:is geworden|ondervragen|-0.94
p:is gezakt|ik-boodschap|0.83
p:is gezakt|open-vraag|0.95
p:is goed|bekritiseren|-0.95
p:is heel|moraliseren|-0.94
p:is heel|argumenteren|0.93
p:is heel|geruststellen|0.94
p:is het|ik-boodschap|0.98
p:is het|parafrase|-0.91
p:is het|moraliseren|0.98
p:is het|adviseren|0.94
p:is het|bekritiseren|-0.94
p:is het|ondervragen|0.94
p:is heus|geruststellen|0.89
p:is hij|parafrase|0.94
p:is hij|argumenteren|-0.99
p:is hij|interpreteren|0.83
p:is in|bekritiseren|0.98
p:is in|geruststellen|-0.94
p:is jullie|jij-boodschap|0.79
p:is jullie|bekritiseren|0.96
p:is kader|adviseren|-0.96
p:is maar|gevoelsreflectie|-0.76
p:is maar|bekritiseren|0.76
p:is misschien|open-vraag|-1.0
p:is misschien|adviseren|1.0
p:is misschien|interpreteren|0.91
p:is moe|samenvatting|0.93
p:is na|geruststellen|-0.99
p:is nemen|ik-boodschap|0.88
p:is niet|moraliseren|1.78
p:is niet|argumenteren|0.86
p:is niet|etiketteren|-1.0
p:is niet|geruststellen|1.71
p:is nooit|jij-boodschap|-0.89
p:is nooit|bekritiseren|-0.74
p:is normaal|moraliseren|0.94
p:is nou|moraliseren|-0.75
p:is nou|afleiden|-0.77
p:is nu|samenvatting|-1.0
p:is nu|bevelen|-0.94
p:is nu|moraliseren|-1.0
p:is nu|argumenteren|1.85
p:is om|ik-boodschap|-1.0
p:is om|afronding-aankondigen|1.0
p:is om|bedanken|-1.0
p:is omdat|bekritiseren|-0.96
p:is omdat|interpreteren|0.96
p:is ontzettend|bekritiseren|0.62
p:is ook|etiketteren|-0.83
p:is prikkelbaar|parafrase|-0.99
p:is prikkelbaar|vervolgafspraak|-0.99
p:is sophie|gevoelsreflectie|0.98
p:is t|aanmoediging|-0.99
p:is tegen|jij-boodschap|0.92
p:is tegen|samenvatting|-0.92
p:is tegen|bekritiseren|0.92
p:is thuis|open-vraag|-0.92
p:is tijd|geruststellen|-1.0
p:is tijd|afleiden|-1.0
p:is tijd|afronding-aankondigen|1.0
p:is toch|moraliseren|-0.98
p:is toch|adviseren|-1.0
p:is toch|prijzen|-1.0
p:is toch|geruststellen|-0.99
p:is toch|afleiden|1.88
p:is twee|geruststellen|-0.92
p:is typisch|etiketteren|0.93
p:is uw|jij-boodschap|-0.99
p:is uw|moraliseren|1.94
p:is uw|adviseren|-0.94
p:is uw|argumenteren|-0.9
p:is uw|bekritiseren|-0.99
p:is verplaatst|afleiden|-0.88
p:is voldoende|argumenteren|-0.93
p:is volgende|afleiden|0.94
p:is volkomen|argumenteren|0.69
p:is voor|parafrase|0.92
p:is voorzichtig|etiketteren|-1.0
p:is ze|afleiden|-0.94
p:is zijn|open-vraag|-1.0
p:ja ?|open-vraag|-1.0
p:ja ?|etiketteren|-1.0
p:ja ?|ondervragen|-1.0
p:ja en|aanmoediging|0.99
p:ja gaat|gevoelsreflectie|-1.0
p:ja gaat|aanmoediging|1.0
p:ja hoor|samenvatting|-1.0
p:ja hoor|etiketteren|1.0
p:ja ja|aanmoediging|-0.93
p:ja ja|etiketteren|0.93
p:ja meneer|aanmoediging|-0.93
p:ja meneer|etiketteren|0.93
p:ja precies|aanmoediging|-0.98
p:ja pubers|afleiden|0.94
p:ja vertel|aanmoediging|1.83
p:ja zo|bekritiseren|-0.63
p:ja zo|etiketteren|-0.93
p:jaar gepland|argumenteren|-0.86
p:jaar gestegen|samenvatting|-0.98
p:jaar gestegen|afleiden|-0.98
p:jaar over|ik-boodschap|-0.95
p:jaar viel|parafrase|0.98
p:jaar viel|adviseren|-0.98
p:jaar weer|waarschuwen|0.97
p:jaar weer|prijzen|-0.97
p:jaarplanning stond|argumenteren|1.0
p:jaloers op|jij-boodschap|-0.96
p:jaloers op|interpreteren|0.96
p:jammer hoe|open-vraag|0.92
p:jammer ik|afronding-aankondigen|0.98
p:jammer ik|vervolgafspraak|-0.9
p:jammer misschien|ik-boodschap|0.78
p:jammer misschien|adviseren|0.87
p:jammer misschien|vervolgafspraak|0.92
p:jammer voor|ik-boodschap|1.96
p:jammer want|afronding-aankondigen|-0.81
p:jammer zullen|vervolgafspraak|0.82
p:jansen geweest|bekritiseren|-1.52
p:januari bij|samenvatting|-1.0
p:jara in|bekritiseren|-0.97
p:jayden de|ik-boodschap|-0.98
p:jayden ga|bevelen|0.7
p:jayden in|ik-boodschap|0.89
p:jayden in|gevoelsreflectie|0.95
p:jayden komt|parafrase|-0.93
p:jayden komt|samenvatting|0.93
p:jayden zich|jij-boodschap|-0.95
p:jayden zich|bekritiseren|-0.95
p:je ?|adviseren|-0.78
p:je aan|argumenteren|0.9
p:je aan|etiketteren|0.96
p:je afmeldt|moraliseren|0.98
p:je afspraken|jij-boodschap|0.93
p:je afspraken|bekritiseren|0.93
p:je als|samenvatting|0.96
p:je altijd|bekritiseren|0.74
p:je amira|ik-boodschap|1.75
p:je amira|gevoelsreflectie|-0.95
p:je baalt|gevoelsreflectie|0.98
p:je baalt|afleiden|0.75
p:je bang|prijzen|-0.97
p:je bedoelt|parafrase|0.99
p:je bedoelt|bekritiseren|-0.99
p:je belt|bevelen|1.65
p:je belt|vervolgafspraak|-0.83
p:je bent|jij-boodschap|1.75
p:je bent|parafrase|-0.87
p:je bent|gevoelsreflectie|0.83
p:je bent|samenvatting|-0.16
p:je bent|waarschuwen|-1.0
p:je bent|moraliseren|-1.0
p:je bent|adviseren|-0.99
p:je bent|bekritiseren|-0.42
p:je bent|etiketteren|0.39
p:je bent|interpreteren|-1.0
p:je bent|geruststellen|0.12
p:je bent|afronding-aankondigen|-1.0
p:je best|ik-boodschap|-0.92
p:je best|moraliseren|0.92
p:je best|bekritiseren|0.8
p:je best|geruststellen|-0.9
p:je biedt|bevelen|0.94
p:je biedt|waarschuwen|-0.94
p:je bij|gevoelsreflectie|-1.95
p:je bij|adviseren|0.98
p:je bij|argumenteren|-0.98
p:je bij|vervolgafspraak|1.0
p:je bijna|ik-boodschap|0.92
p:je binnen|samenvatting|-0.81
p:je binnen|argumenteren|0.95
p:je blijft|parafrase|-0.87
p:je blijft|gevoelsreflectie|0.93
p:je blijft|geruststellen|0.93
p:je boek|samenvatting|-0.95
p:je boos|gevoelsreflectie|-0.92
p:je boos|bevelen|0.65
p:je boos|geruststellen|-0.92
p:je broer|bevelen|0.94
p:je cijfer|gevoelsreflectie|-0.98
p:je cijfers|jij-boodschap|-0.91
p:je cijfers|samenvatting|0.96
p:je daarin|samenvatting|-0.93
p:je daarom|parafrase|0.98
p:je dan|moraliseren|-0.92
p:je dan|ondervragen|0.94
p:je dat|ik-boodschap|-0.95
p:je dat|gevoelsreflectie|0.85
p:je dat|waarschuwen|0.85
p:je dat|moraliseren|1.0
p:je dat|interpreteren|-0.83
p:je dat|ondervragen|0.92
p:je de|ik-boodschap|-0.99
p:je de|gevoelsreflectie|-0.86
p:je de|bevelen|-0.69
p:je de|waarschuwen|-0.98
p:je de|vervolgafspraak|-1.84
p:je deze|open-vraag|-0.9
p:je deze|afleiden|0.9
p:je die|parafrase|0.98
p:je die|argumenteren|-0.94
p:je dit|waarschuwen|1.0
p:je dit|ondervragen|0.75
p:je docent|ik-boodschap|-0.99
p:je docent|jij-boodschap|-0.82
p:je docent|parafrase|-0.91
p:je docent|samenvatting|1.9
p:je docent|vervolgafspraak|0.99
p:je docenten|gevoelsreflectie|-0.96
p:je dochter|ik-boodschap|0.95
p:je doet|jij-boodschap|0.96
p:je doet|adviseren|-0.98
p:je doet|bekritiseren|-1.36
p:je doet|etiketteren|-0.98
p:je donderdag|afronding-aankondigen|0.95
p:je durft|moraliseren|-0.98
p:je durft|bekritiseren|-0.69
p:je durft|interpreteren|-0.98
p:je echt|geruststellen|0.73
p:je een|gevoelsreflectie|-0.99
p:je een|waarschuwen|0.97
p:je eentje|ik-boodschap|-0.95
p:je eerlijkheid|vervolgafspraak|-0.93
p:je eerlijkheid|bedanken|0.98
p:je eigenlijk|ik-boodschap|-0.98
p:je eigenlijk|moraliseren|-0.95
p:je eigenlijk|adviseren|-0.98
p:je eigenlijk|etiketteren|-0.98
p:je er|ik-boodschap|-1.0
p:je er|bedanken|0.51
p:je eruit|jij-boodschap|0.84
p:je eruit|waarschuwen|0.9
p:je eruit|bekritiseren|1.8
p:je ervoor|bevelen|-0.99
p:je excuses|ik-boodschap|-0.95
p:je excuses|bevelen|1.32
p:je excuses|waarschuwen|-0.94
p:je faalangst|bekritiseren|-0.86
p:je gaat|jij-boodschap|-0.93
p:je gaat|parafrase|-0.98
p:je gaat|aanmoediging|-0.81
p:je gaat|bevelen|1.84
p:je gaat|geruststellen|0.96
p:je gaat|afleiden|-0.9
p:je geeft|geruststellen|-0.9
p:je geen|interpreteren|0.84
p:je gekozen|parafrase|-0.94
p:je gekozen|open-vraag|-0.94
p:je geweldige|bekritiseren|2.33
p:je geweldige|bedanken|-1.59
p:je gewoon|jij-boodschap|-2.78
p:je gewoon|waarschuwen|-0.97
p:je gewoon|moraliseren|1.82
p:je gewoon|argumenteren|0.98
p:je gewoon|bekritiseren|-2.43
p:je ging|vervolgafspraak|-0.96
p:je gisteren|ik-boodschap|2.58
p:je haalt|geruststellen|0.81
p:je hebt|ik-boodschap|0.18
p:je hebt|jij-boodschap|-1.93
p:je hebt|gevoelsreflectie|-0.86
p:je hebt|argumenteren|-0.98
p:je hebt|bekritiseren|-1.89
p:je hebt|afleiden|-0.71
p:je heel|gevoelsreflectie|0.98
p:je heel|moraliseren|-0.98
p:je heel|afleiden|-0.98
p:je heen|gevoelsreflectie|0.96
p:je helemaal|geruststellen|0.9
p:je helpen|gevoelsreflectie|-0.86
p:je helpen|open-vraag|0.93
p:je hem|ik-boodschap|-0.99
p:je het|ik-boodschap|1.0
p:je het|jij-boodschap|-0.35
p:je het|gevoelsreflectie|2.83
p:je het|waarschuwen|0.97
p:je het|adviseren|0.68
p:je het|interpreteren|0.98
p:je hiermee|waarschuwen|0.99
p:je hoeft|geruststellen|0.73
p:je hoofd|bekritiseren|0.54
p:je hoort|gevoelsreflectie|-0.96
p:je hoort|bevelen|-0.57
p:je hoort|moraliseren|0.94
p:je hoort|geruststellen|-0.97
p:je huiswerk|ik-boodschap|2.0
p:je huiswerk|gevoelsreflectie|-1.0
p:je huiswerk|open-vraag|-1.0
p:je huiswerk|moraliseren|-0.19
p:je huiswerk|adviseren|0.99
p:je huiswerk|argumenteren|-0.98
p:je huiswerk|geruststellen|-0.97
p:je huiswerk|ondervragen|-0.86
p:je iemand|bevelen|-0.57
p:je iemand|waarschuwen|-0.99
p:je in|ik-boodschap|1.91
p:je je|ik-boodschap|1.0
p:je je|jij-boodschap|1.8
p:je je|gevoelsreflectie|0.98
p:je je|samenvatting|-0.95
p:je je|bevelen|-0.92
p:je je|moraliseren|-0.12
p:je je|argumenteren|0.9
p:je je|bekritiseren|1.32
p:je je|afleiden|-0.98
p:je kamer|ik-boodschap|0.98
p:je kamer|bekritiseren|-0.8
p:je kan|moraliseren|-0.99
p:je kan|adviseren|0.99
p:je kijkt|gevoelsreflectie|2.77
p:je kind|ik-boodschap|-0.93
p:je klasgenoten|moraliseren|0.94
p:je komt|jij-boodschap|0.93
p:je komt|bekritiseren|0.93
p:je komt|geruststellen|0.97
p:je laptop|ik-boodschap|0.94
p:je let|bekritiseren|0.96
p:je liegt|bekritiseren|1.0
p:je lijkt|parafrase|-1.0
p:je lijkt|open-vraag|1.0
p:je lijkt|vervolgafspraak|-1.0
p:je lui|gevoelsreflectie|-0.97
p:je maakt|bekritiseren|-2.64
p:je mag|moraliseren|0.98
p:je me|ik-boodschap|0.88
p:je me|bevelen|-1.0
p:je meldt|ik-boodschap|-0.96
p:je mentor|vervolgafspraak|0.89
p:je mist|samenvatting|0.96
p:je moeder|afronding-aankondigen|0.95
p:je moet|vervolgafspraak|-1.0
p:je mond|ik-boodschap|-1.0
p:je mond|bevelen|1.0
p:je mond|etiketteren|-1.0
p:je na|adviseren|-0.98
p:je naar|bevelen|0.7
p:je naar|waarschuwen|1.0
p:je naar|argumenteren|-0.92
p:je naast|ik-boodschap|0.92
p:je neemt|bekritiseren|0.99
p:je negen|waarschuwen|-0.99
p:je niet|ik-boodschap|-1.9
p:je niet|gevoelsreflectie|1.93
p:je niet|waarschuwen|-0.91
p:je niet|adviseren|0.2
p:je niet|prijzen|-0.91
p:je niet|etiketteren|0.98
p:je nog|bevelen|0.7
p:je nooit|ik-boodschap|-0.95
p:je nou|jij-boodschap|0.91
p:je nou|moraliseren|0.92
p:je nou|argumenteren|-0.86
p:je nu|jij-boodschap|-0.93
p:je nu|gevoelsreflectie|-0.98
p:je nu|bevelen|0.98
p:je nu|moraliseren|-0.97
p:je nu|prijzen|0.93
p:je ogen|bevelen|0.84
p:je om|ik-boodschap|-0.96
p:je ontzettend|jij-boodschap|1.8
p:je ontzettend|bekritiseren|2.11
p:je oortjes|ik-boodschap|-0.95
p:je oortjes|samenvatting|-0.81
p:je op|moraliseren|-0.78
p:je op|adviseren|0.91
p:je opdrachten|ik-boodschap|0.92
p:je oude|samenvatting|0.96
p:je ouders|waarschuwen|1.0
p:je pasje|ik-boodschap|-0.82
p:je plannen|bekritiseren|-0.98
p:je planner|jij-boodschap|-0.82
p:je planner|samenvatting|0.99
p:je planner|bevelen|-0.92
p:je planner|vervolgafspraak|0.99
p:je pols|vervolgafspraak|-0.99
p:je praat|bevelen|0.99
p:je praat|waarschuwen|-0.99
p:je pws|open-vraag|-0.93
p:je rekenmachine|gevoelsreflectie|-0.86
p:je rekenmachine|open-vraag|0.93
p:je samen|moraliseren|0.96
p:je samen|argumenteren|-0.96
p:je samen|interpreteren|-0.96
p:je schaamt|ik-boodschap|-1.0
p:je schaamt|bevelen|-0.99
p:je sinds|ik-boodschap|1.0
p:je sinds|gevoelsreflectie|-1.0
p:je sinds|open-vraag|-1.0
p:je slaap|ik-boodschap|0.98
p:je slaap|bekritiseren|-0.8
p:je slaapt|samenvatting|0.96
p:je snapt|ik-boodschap|1.0
p:je snapt|prijzen|0.93
p:je snapt|ondervragen|-0.91
p:je sorry|waarschuwen|-0.99
p:je spullen|ik-boodschap|-1.0
p:je spullen|waarschuwen|-1.0
p:je staat|samenvatting|-0.9
p:je staat|waarschuwen|0.94
p:je stage|jij-boodschap|-0.91
p:je stage|bekritiseren|-0.98
p:je stage|afleiden|0.91
p:je stagebegeleider|bevelen|1.65
p:je stagebegeleider|vervolgafspraak|-0.83
p:je steeds|samenvatting|-0.99
p:je strafwerk|moraliseren|-0.97
p:je tegenaan|open-vraag|0.94
p:je telefoon|waarschuwen|-0.92
p:je telefoon|bekritiseren|-0.8
p:je thuis|interpreteren|0.94
p:je tien|ik-boodschap|0.99
p:je tijd|jij-boodschap|0.98
p:je tijd|samenvatting|-0.98
p:je tijd|bevelen|-2.61
p:je tijd|bekritiseren|1.74
p:je toch|ik-boodschap|-0.93
p:je uitlachen|prijzen|-0.97
p:je vader|parafrase|0.98
p:je vader|aanmoediging|-0.97
p:je vader|bevelen|-1.79
p:je vader|waarschuwen|0.15
p:je vader|vervolgafspraak|0.97
p:je vaker|samenvatting|-0.81
p:je vandaag|ik-boodschap|-0.82
p:je vandaag|vervolgafspraak|-0.99
p:je vanochtend|ik-boodschap|0.73
p:je vanochtend|bevelen|-0.9
p:je vast|prijzen|0.85
p:je verantwoordelijkheid|bevelen|-0.95
p:je vergist|bevelen|-0.69
p:je vergist|argumenteren|0.95
p:je verpest|bekritiseren|2.13
p:je verslag|open-vraag|-0.93
p:je verzint|bekritiseren|-1.74
p:je verzuim|jij-boodschap|-0.91
p:je verzuim|bekritiseren|-0.98
p:je vindt|parafrase|-0.97
p:je vindt|afronding-aankondigen|-0.93
p:je voelt|gevoelsreflectie|0.95
p:je voetbalwedstrijd|open-vraag|-0.95
p:je voetbalwedstrijd|afleiden|0.95
p:je voor|jij-boodschap|-1.0
p:je voor|waarschuwen|-1.0
p:je voor|bekritiseren|-1.0
p:je vorige|vervolgafspraak|-0.96
p:je vrienden|samenvatting|0.96
p:je vriendin|bevelen|-0.99
p:je vrijdag|waarschuwen|0.85
p:je vrijdag|moraliseren|1.0
p:je want|jij-boodschap|0.93
p:je want|bekritiseren|0.93
p:je wat|gevoelsreflectie|-0.86
p:je wat|open-vraag|0.93
p:je weer|afronding-aankondigen|0.93
p:je weer|vervolgafspraak|0.93
p:je weer|bedanken|0.78
p:je weet|gevoelsreflectie|-0.95
p:je weet|samenvatting|0.83
p:je weet|waarschuwen|0.99
p:je wel|afronding-aankondigen|0.93
p:je wel|vervolgafspraak|0.93
p:je wel|bedanken|0.78
p:je werk|geruststellen|-0.96
p:je wil|parafrase|-0.97
p:je wil|gevoelsreflectie|-0.95
p:je wil|samenvatting|-0.1
p:je wil|bekritiseren|-0.69
p:je wil|afronding-aankondigen|-1.87
p:je woorden|waarschuwen|0.95
p:je wordt|ik-boodschap|0.95
p:je zegt|parafrase|0.94
p:je zegt|gevoelsreflectie|-0.92
p:je zegt|moraliseren|-0.94
p:je zegt|argumenteren|0.94
p:je zegt|interpreteren|0.84
p:je zelf|samenvatting|-0.95
p:je zelf|open-vraag|0.95
p:je zenuwachtig|ik-boodschap|-0.97
p:je zenuwachtig|geruststellen|0.9
p:je zenuwachtig|afleiden|-0.9
p:je ziek|moraliseren|0.98
p:je zijn|open-vraag|-1.0
p:je zijn|argumenteren|-1.0
p:je zijn|geruststellen|-0.89
p:je zit|bevelen|-0.8
p:je zit|bekritiseren|-0.8
p:je zo|waarschuwen|0.98
p:je zo|moraliseren|-0.95
p:je zo|interpreteren|-0.83
p:je zoveel|interpreteren|0.98
p:jesse een|parafrase|0.93
p:jesse een|samenvatting|-0.84
p:jesse geen|ik-boodschap|0.97
p:jesse geen|bevelen|-0.82
p:jesse geen|bekritiseren|-0.82
p:jesse jij|prijzen|-0.97
p:jesse kijk|bevelen|0.99
p:jesse kijk|waarschuwen|-0.99
p:jesse klopt|prijzen|-1.0
p:jesse klopt|ondervragen|-1.0
p:jezelf naar|ik-boodschap|0.93
p:jezelf sem|open-vraag|-1.0
p:jezelf sem|interpreteren|-1.0
p:jij baalt|gevoelsreflectie|0.99
p:jij bent|jij-boodschap|0.75
p:jij bent|waarschuwen|-0.82
p:jij bent|adviseren|-0.97
p:jij bent|bekritiseren|-1.57
p:jij bent|prijzen|1.86
p:jij bent|etiketteren|0.12
p:jij bent|afleiden|-0.97
p:jij blijft|bekritiseren|-0.98
p:jij daartegenaan|ik-boodschap|0.99
p:jij denkt|prijzen|-0.91
p:jij doet|prijzen|-0.97
p:jij door|ik-boodschap|0.95
p:jij door|waarschuwen|-0.9
p:jij een|bevelen|-0.84
p:jij er|ik-boodschap|0.93
p:jij er|jij-boodschap|-0.41
p:jij er|bekritiseren|1.97
p:jij er|interpreteren|-1.79
p:jij gaat|parafrase|-0.91
p:jij gaat|samenvatting|0.91
p:jij gaat|bevelen|0.95
p:jij gaat|geruststellen|-0.99
p:jij hebt|jij-boodschap|1.92
p:jij hebt|samenvatting|-0.92
p:jij hebt|bekritiseren|1.09
p:jij je|ik-boodschap|-1.97
p:jij je|jij-boodschap|-0.82
p:jij je|samenvatting|0.99
p:jij je|ondervragen|-0.86
p:jij je|vervolgafspraak|0.99
p:jij komt|jij-boodschap|-0.64
p:jij kunt|adviseren|-0.97
p:jij kunt|prijzen|0.97
p:jij kunt|afleiden|-0.97
p:jij lui|geruststellen|0.84
p:jij maakt|argumenteren|-1.0
p:jij maakt|bekritiseren|0.4
p:jij nooit|afleiden|-0.99
p:jij snapt|waarschuwen|-0.82
p:jij tegen|bevelen|0.94
p:jij verpest|jij-boodschap|1.77
p:jij verpest|waarschuwen|0.9
p:jij verpest|bekritiseren|-2.23
p:jij zegt|samenvatting|-0.95
p:jij zit|jij-boodschap|0.25
p:jij zit|samenvatting|-0.98
p:jij zit|bevelen|-1.14
p:jij zit|bekritiseren|1.74
p:jij zit|etiketteren|-1.0
p:jij zoekt|jij-boodschap|-0.96
p:joep en|jij-boodschap|1.77
p:joep en|bekritiseren|1.77
p:joh daar|bekritiseren|-0.61
p:joh een|gevoelsreflectie|0.98
p:joh een|afleiden|0.75
p:joh over|geruststellen|0.9
p:jongen als|prijzen|0.9
p:jongen bram|waarschuwen|-0.82
p:jou ?|jij-boodschap|0.92
p:jou ?|samenvatting|-0.92
p:jou ?|bekritiseren|0.92
p:jou echt|gevoelsreflectie|0.94
p:jou echt|etiketteren|-0.94
p:jou goed|ik-boodschap|-0.94
p:jou helpen|adviseren|-0.94
p:jou herhalen|ik-boodschap|0.99
p:jou komt|bekritiseren|-0.86
p:jou om|parafrase|-0.86
p:jou want|bekritiseren|1.0
p:jou was|bevelen|-0.99
p:jouw plaats|adviseren|0.99
p:juf daan|parafrase|1.0
p:juf daan|argumenteren|-1.0
p:julian wat|jij-boodschap|-0.97
p:julian wat|bekritiseren|-0.39
p:jullie beter|jij-boodschap|-0.91
p:jullie beter|bekritiseren|-0.85
p:jullie controleren|bekritiseren|-2.38
p:jullie daar|bekritiseren|1.0
p:jullie de|ik-boodschap|0.98
p:jullie de|waarschuwen|-0.83
p:jullie denken|prijzen|0.98
p:jullie doen|bekritiseren|0.92
p:jullie doen|etiketteren|-1.0
p:jullie een|vervolgafspraak|-0.96
p:jullie eigen|jij-boodschap|0.79
p:jullie eigen|bekritiseren|0.96
p:jullie eigenlijk|bekritiseren|1.36
p:jullie er|bekritiseren|-0.94
p:jullie geven|bekritiseren|0.24
p:jullie grijpen|adviseren|0.94
p:jullie grijpen|bekritiseren|0.94
p:jullie grijpen|prijzen|-0.94
p:jullie hadden|etiketteren|-0.96
p:jullie hebben|jij-boodschap|0.37
p:jullie hebben|adviseren|-0.9
p:jullie hebben|bekritiseren|0.91
p:jullie het|prijzen|0.98
p:jullie in|ik-boodschap|0.91
p:jullie is|jij-boodschap|-0.53
p:jullie is|bekritiseren|-0.68
p:jullie letten|bekritiseren|-0.53
p:jullie moeten|bekritiseren|-0.92
p:jullie naar|interpreteren|0.99
p:jullie nooit|bekritiseren|0.94
p:jullie pas|bekritiseren|-0.91
p:jullie reageren|jij-boodschap|0.93
p:jullie reageren|bekritiseren|1.69
p:jullie te|ik-boodschap|-0.97
p:jullie thuis|gevoelsreflectie|-0.98
p:jullie thuis|adviseren|-0.87
p:jullie uit|gevoelsreflectie|-0.96
p:jullie uit|afleiden|-0.99
p:jullie was|adviseren|0.94
p:jullie was|bekritiseren|0.94
p:jullie was|prijzen|-0.94
p:jullie wel|bekritiseren|-0.94
p:jullie willen|bekritiseren|0.39
p:jullie wonen|bekritiseren|-1.0
p:jullie zien|bekritiseren|0.39
p:jullie zijn|waarschuwen|-0.97
p:jullie zijn|adviseren|-0.92
p:jullie zijn|argumenteren|-0.98
p:jullie zijn|bekritiseren|-1.35
p:jullie zijn|etiketteren|0.96
p:jullie zitten|bekritiseren|0.95
p:jullie zorgen|argumenteren|-0.98
p:kader in|adviseren|-0.96
p:kamer ?|ondervragen|-0.15
p:kamer ?|vervolgafspraak|-0.9
p:kamer leggen|ik-boodschap|0.98
p:kamer leggen|bekritiseren|-0.8
p:kamp ?|afleiden|0.93
p:kamp het|moraliseren|-0.98
p:kamp het|interpreteren|-0.98
p:kamp hè|gevoelsreflectie|0.99
p:kampweek en|parafrase|-0.93
p:kampweek en|samenvatting|0.93
p:kan afronden|ik-boodschap|0.95
p:kan beter|moraliseren|-0.99
p:kan beter|adviseren|0.99
p:kan dat|geruststellen|-0.87
p:kan doen|adviseren|-0.87
p:kan er|ik-boodschap|0.91
p:kan geven|ik-boodschap|0.97
p:kan geven|bevelen|-0.82
p:kan geven|bekritiseren|-0.82
p:kan hem|waarschuwen|0.97
p:kan het|bekritiseren|0.59
p:kan het|ondervragen|-0.86
p:kan hij|bekritiseren|-0.94
p:kan hij|etiketteren|-0.99
p:kan hij|afronding-aankondigen|-0.98
p:kan hij|vervolgafspraak|0.92
p:kan ik|ik-boodschap|-1.78
p:kan ik|jij-boodschap|-1.0
p:kan ik|parafrase|-0.98
p:kan ik|samenvatting|-0.99
p:kan ik|open-vraag|-0.88
p:kan ik|waarschuwen|-0.1
p:kan ik|bekritiseren|-1.91
p:kan ik|interpreteren|-1.0
p:kan ik|afronding-aankondigen|0.98
p:kan ik|vervolgafspraak|-1.91
p:kan leren|adviseren|0.95
p:kan me|ik-boodschap|-0.97
p:kan me|gevoelsreflectie|0.98
p:kan me|samenvatting|-1.0
p:kan me|open-vraag|-1.0
p:kan missen|moraliseren|0.98
p:kan niet|moraliseren|-0.75
p:kan toch|prijzen|0.9
p:kan uw|ik-boodschap|0.9
p:kan ze|ik-boodschap|1.95
p:kan ze|open-vraag|0.92
p:kan ze|vervolgafspraak|0.96
p:kans krijgt|parafrase|0.99
p:kans krijgt|samenvatting|0.99
p:kans om|ik-boodschap|0.89
p:kans om|bevelen|0.96
p:kans om|bekritiseren|0.92
p:kantine komt|adviseren|-0.98
p:keer afwezig|argumenteren|0.93
p:keer bedankt|bedanken|0.94
p:keer dezelfde|open-vraag|-0.99
p:keer doet|waarschuwen|1.0
p:keer een|argumenteren|-0.92
p:keer en|bevelen|-0.94
p:keer en|waarschuwen|1.0
p:keer heb|ik-boodschap|-0.89
p:keer heb|jij-boodschap|0.91
p:keer heb|bekritiseren|0.91
p:keer huilend|ik-boodschap|-0.89
p:keer je|ik-boodschap|1.0
p:keer je|gevoelsreflectie|-0.86
p:keer je|open-vraag|0.93
p:keer kort|samenvatting|0.93
p:keer na|samenvatting|-0.99
p:keer ongeoorloofd|prijzen|-0.99
p:keer opstaat|bevelen|0.7
p:keer pakt|samenvatting|-0.99
p:keer pakt|adviseren|-0.99
p:keer schuift|vervolgafspraak|1.83
p:keer spijbelen|ik-boodschap|-0.93
p:keer te|ik-boodschap|-0.96
p:keer te|open-vraag|-0.93
p:keer te|waarschuwen|-0.99
p:keer te|geruststellen|-0.98
p:keer zie|bevelen|0.83
p:keer ziek|jij-boodschap|-0.96
p:keer ziek|etiketteren|-0.93
p:keer zo|waarschuwen|0.81
p:keertje uitgelachen|gevoelsreflectie|-0.93
p:keuken leggen|adviseren|0.99
p:keulen hebben|afronding-aankondigen|-0.93
p:keuze voor|parafrase|-0.96
p:keuzevak ?|parafrase|-0.94
p:keuzevak ?|open-vraag|-0.94
p:kevin vorige|ik-boodschap|0.94
p:kijk als|argumenteren|-0.94
p:kijk als|vervolgafspraak|-0.82
p:kijk donderdag|bedanken|-0.97
p:kijk het|adviseren|-1.0
p:kijk het|prijzen|-1.0
p:kijk je|ik-boodschap|1.0
p:kijk jij|ik-boodschap|0.99
p:kijk me|bevelen|0.99
p:kijk me|waarschuwen|-0.99
p:kijk met|jij-boodschap|-0.98
p:kijk met|argumenteren|0.98
p:kijk met|bekritiseren|-0.98
p:kijk met|etiketteren|-0.99
p:kijk wie|argumenteren|0.99
p:kijk zo|ik-boodschap|-0.91
p:kijk zo|argumenteren|0.91
p:kijken hoe|vervolgafspraak|0.82
p:kijken momentje|adviseren|-0.99
p:kijken naar|samenvatting|-0.91
p:kijken wat|vervolgafspraak|0.96
p:kijken we|ik-boodschap|-0.99
p:kijken we|jij-boodschap|-0.82
p:kijken we|parafrase|-0.91
p:kijken we|samenvatting|1.08
p:kijken we|vervolgafspraak|0.99
p:kijkt een|gevoelsreflectie|1.81
p:kijkt er|gevoelsreflectie|0.96
p:kijkt u|jij-boodschap|-0.95
p:kijkt u|bekritiseren|-0.95
p:kim haar|open-vraag|1.0
p:kim twee|ik-boodschap|-0.89
p:kind gewoon|bevelen|-0.97
p:kind maakt|adviseren|-0.93
p:kind moet|moraliseren|0.97
p:kind op|bekritiseren|0.65
p:kind te|ik-boodschap|-0.93
p:kind van|moraliseren|0.98
p:kind van|bekritiseren|-0.46
p:kinderen hebben|jij-boodschap|-0.96
p:kinderen hebben|geruststellen|0.94
p:klaar laat|bevelen|1.0
p:klaar mee|gevoelsreflectie|-0.94
p:klaar mee|moraliseren|-1.0
p:klaar mee|prijzen|-1.0
p:klaar mee|etiketteren|-1.0
p:klaar mee|geruststellen|-0.97
p:klas ?|ik-boodschap|-0.98
p:klas ?|afleiden|-0.95
p:klas begonnen|parafrase|0.93
p:klas bij|ik-boodschap|0.88
p:klas bram|waarschuwen|0.9
p:klas bram|bekritiseren|0.9
p:klas dat|moraliseren|-0.94
p:klas dat|geruststellen|0.94
p:klas dus|adviseren|-0.97
p:klas dus|prijzen|0.97
p:klas dus|afleiden|-0.97
p:klas en|jij-boodschap|-0.9
p:klas en|parafrase|-0.99
p:klas en|bekritiseren|-0.9
p:klas gaat|gevoelsreflectie|-0.98
p:klas gelijk|parafrase|0.92
p:klas gelijk|argumenteren|0.92
p:klas haalde|parafrase|0.94
p:klas haalde|argumenteren|0.94
p:klas is|samenvatting|0.94
p:klas is|bevelen|0.93
p:klas joep|jij-boodschap|1.77
p:klas joep|bekritiseren|1.77
p:klas krijgt|parafrase|0.93
p:klas krijgt|samenvatting|-0.84
p:klas loopt|open-vraag|-0.97
p:klas mila|etiketteren|-0.97
p:klas niet|samenvatting|-0.99
p:klas roept|ik-boodschap|0.95
p:klas roept|waarschuwen|-0.9
p:klas te|parafrase|-0.86
p:klas te|interpreteren|-0.82
p:klas te|afronding-aankondigen|-0.93
p:klas tijd|ik-boodschap|0.99
p:klas wat|open-vraag|0.98
p:klas zit|jij-boodschap|-0.98
p:klas zit|bevelen|1.0
p:klas zit|argumenteren|-1.0
p:klas zit|ondervragen|-0.98
p:klas zit|afronding-aankondigen|-1.0
p:klasgenoot hielp|ik-boodschap|0.94
p:klasgenoten praten|moraliseren|0.94
p:kleedkamer ?|ik-boodschap|-0.94
p:kleedkamer is|bevelen|-1.0
p:klein was|etiketteren|-0.38
p:kleuter luuk|jij-boodschap|1.68
p:kleuter luuk|etiketteren|1.31
p:kleuterachtig gedoe|bekritiseren|-0.1
p:kleuterachtig gedoe|etiketteren|1.61
p:klinkt als|open-vraag|-0.97
p:klinkt alsof|jij-boodschap|-0.35
p:klinkt alsof|gevoelsreflectie|1.96
p:klinkt alsof|aanmoediging|-0.99
p:klinkt alsof|moraliseren|-0.98
p:klinkt alsof|geruststellen|-0.97
p:klinkt alsof|afleiden|-0.98
p:klinkt een|adviseren|-1.0
p:klinkt erg|parafrase|-0.96
p:klinkt machteloos|parafrase|0.87
p:klinkt machteloos|gevoelsreflectie|0.98
p:klinkt zorgelijk|samenvatting|-0.98
p:klinkt zorgelijk|bekritiseren|-0.98
p:klopt dat|parafrase|-1.0
p:klopt dat|samenvatting|0.94
p:klopt dat|prijzen|-1.0
p:klopt dat|ondervragen|-1.0
p:klopt dat|vervolgafspraak|-1.0
p:klopt gewoon|argumenteren|1.0
p:klopt niet|ik-boodschap|-0.93
p:klopt niet|argumenteren|1.94
p:klopt niet|bekritiseren|-0.93
p:klopt niet|geruststellen|-0.92
p:klopt niet|afleiden|-0.93
p:kluisjes staat|ik-boodschap|0.97
p:knap dat|gevoelsreflectie|-0.98
p:knap dat|bekritiseren|-0.9
p:knap dat|prijzen|0.98
p:knap hoor|geruststellen|-0.87
p:koffie pakken|argumenteren|-1.0
p:kom je|ik-boodschap|0.92
p:kom je|argumenteren|0.98
p:kom je|bekritiseren|-0.24
p:komen aan|samenvatting|-0.99
p:komen aan|vervolgafspraak|-0.99
p:komen aan|bedanken|-0.86
p:komen dat|moraliseren|0.94
p:komen we|etiketteren|-0.94
p:komen we|afronding-aankondigen|-0.81
p:komen we|bedanken|-0.51
p:komst we|vervolgafspraak|-0.97
p:komt ?|bekritiseren|0.99
p:komt allemaal|open-vraag|-0.96
p:komt allemaal|bevelen|-0.88
p:komt allemaal|geruststellen|0.92
p:komt daan|bevelen|-0.89
p:komt daan|bekritiseren|-0.89
p:komt dat|open-vraag|0.92
p:komt denk|parafrase|-0.99
p:komt denk|interpreteren|0.99
p:komt echt|adviseren|-0.94
p:komt echt|geruststellen|0.94
p:komt er|geruststellen|0.97
p:komt geen|argumenteren|-0.94
p:komt geen|vervolgafspraak|-0.82
p:komt gewoon|bekritiseren|-0.86
p:komt gewoon|geruststellen|-0.99
p:komt goed|open-vraag|0.96
p:komt goed|adviseren|0.94
p:komt goed|geruststellen|1.99
p:komt haar|open-vraag|-0.95
p:komt het|jij-boodschap|0.97
p:komt het|samenvatting|-0.97
p:komt het|bekritiseren|0.87
p:komt heus|afleiden|-0.99
p:komt hij|bekritiseren|-0.76
p:komt je|jij-boodschap|0.93
p:komt je|bekritiseren|0.93
p:komt kan|open-vraag|0.92
p:komt later|open-vraag|-0.9
p:komt later|afleiden|0.9
p:komt met|geruststellen|-1.0
p:komt mijn|samenvatting|-0.81
p:komt mist|samenvatting|-0.92
p:komt na|jij-boodschap|-0.64
p:komt na|vervolgafspraak|-0.95
p:komt omdat|interpreteren|0.97
p:komt opdagen|jij-boodschap|1.67
p:komt opdagen|bekritiseren|1.67
p:komt over|interpreteren|-1.0
p:komt u|ondervragen|-0.95
p:komt vaak|parafrase|-0.93
p:komt vaak|samenvatting|0.93
p:komt vanzelf|afleiden|-0.95
p:komt vast|prijzen|-0.97
p:komt vast|interpreteren|0.94
p:komt volgende|vervolgafspraak|-0.91
p:komt wat|parafrase|-0.92
p:komt wel|geruststellen|0.92
p:komt zo|bevelen|-1.79
p:komt zo|waarschuwen|-0.83
p:komt zo|geruststellen|-0.79
p:kon doen|samenvatting|-0.95
p:kon komen|jij-boodschap|-0.91
p:kon maken|ik-boodschap|0.78
p:kon maken|gevoelsreflectie|-0.86
p:kon maken|open-vraag|0.93
p:kon maken|adviseren|0.87
p:kon maken|vervolgafspraak|0.92
p:kon uploaden|ik-boodschap|-0.99
p:kon zijn|vervolgafspraak|-0.92
p:kopje koffie|argumenteren|-1.0
p:kort ayoub|samenvatting|0.93
p:kort samengevat|parafrase|-0.99
p:kortom het|ik-boodschap|-0.88
p:kortom het|gevoelsreflectie|-0.98
p:kortom het|aanmoediging|-0.98
p:kortom hij|samenvatting|0.99
p:kortom je|bekritiseren|-0.69
p:kortom jij|jij-boodschap|1.91
p:kortom jij|samenvatting|-1.91
p:kortom jij|bevelen|-0.98
p:kortom jij|bekritiseren|2.66
p:kortom meer|samenvatting|0.92
p:kortom meer|adviseren|-0.98
p:kortom we|gevoelsreflectie|-0.97
p:kortom we|samenvatting|1.93
p:kortom we|afronding-aankondigen|0.95
p:kost de|ik-boodschap|0.99
p:kost het|bedanken|0.7
p:kreeg geen|bedanken|-0.83
p:krijg houd|open-vraag|-0.99
p:krijg je|waarschuwen|0.97
p:krijg je|moraliseren|-0.97
p:krijg je|argumenteren|-0.94
p:krijgt bijles|samenvatting|0.95
p:krijgt bijles|afronding-aankondigen|0.95
p:krijgt bijles|bedanken|0.84
p:krijgt een|argumenteren|0.9
p:krijgt en|samenvatting|1.0
p:krijgt en|vervolgafspraak|1.0
p:krijgt geen|argumenteren|0.87
p:krijgt in|open-vraag|-0.99
p:kringetjes blijven|afronding-aankondigen|0.87
p:kritiek op|jij-boodschap|1.43
p:kritiek op|bekritiseren|1.67
p:kun je|ik-boodschap|0.94
p:kun je|gevoelsreflectie|-0.99
p:kun je|bevelen|-0.92
p:kun je|prijzen|1.0
p:kunnen afwijken|prijzen|0.97
p:kunnen bellen|vervolgafspraak|-0.96
p:kunnen de|ik-boodschap|0.95
p:kunnen de|waarschuwen|-0.9
p:kunnen gaan|adviseren|1.0
p:kunnen laten|jij-boodschap|-1.0
p:kunnen laten|prijzen|1.0
p:kunnen laten|interpreteren|-1.0
p:kunnen lezen|ik-boodschap|-0.99
p:kunnen lezen|parafrase|0.99
p:kunnen maken|prijzen|-0.9
p:kunnen vragen|gevoelsreflectie|0.97
p:kunnen vragen|adviseren|0.97
p:kunnen we|open-vraag|0.92
p:kunnen we|adviseren|-1.0
p:kunnen we|ondervragen|-1.0
p:kunnen we|afleiden|-1.0
p:kunnen we|afronding-aankondigen|-1.0
p:kunt best|adviseren|-0.97
p:kunt best|prijzen|0.97
p:kunt best|afleiden|-0.97
p:kunt hem|adviseren|0.94
p:kunt het|adviseren|0.99
p:kunt op|prijzen|0.93
p:kunt u|ik-boodschap|0.69
p:kunt u|gevoelsreflectie|-1.0
p:kunt u|moraliseren|-0.92
p:kunt u|adviseren|1.74
p:kunt u|etiketteren|-0.92
p:kunt u|vervolgafspraak|0.92
p:kunt u|bedanken|-1.0
p:kwaad maar|interpreteren|1.0
p:kwaad over|geruststellen|-0.94
p:kwam hij|ik-boodschap|-0.99
p:kwam hij|open-vraag|-1.0
p:kwam hij|bekritiseren|-0.99
p:kwam hij|ondervragen|1.0
p:kwam hij|afleiden|-0.99
p:kwart over|vervolgafspraak|-0.92
p:kwartier voor|bedanken|-1.0
p:kwestie van|moraliseren|-0.98
p:kwetst me|ik-boodschap|0.88
p:laag maar|parafrase|0.92
p:laag maar|argumenteren|0.92
p:laat ?|jij-boodschap|0.91
p:laat bent|waarschuwen|0.99
p:laat bent|bekritiseren|1.0
p:laat binnenkomt|ik-boodschap|0.99
p:laat dan|ondervragen|0.98
p:laat dat|jij-boodschap|-0.89
p:laat dat|bekritiseren|-0.74
p:laat duidelijk|argumenteren|0.96
p:laat en|ik-boodschap|-0.96
p:laat gaat|ondervragen|0.83
p:laat gaat|vervolgafspraak|-0.9
p:laat haar|etiketteren|-0.99
p:laat hem|bevelen|-1.83
p:laat hem|moraliseren|0.99
p:laat hem|bekritiseren|-1.18
p:laat hem|interpreteren|-0.85
p:laat hem|afleiden|-0.92
p:laat het|bekritiseren|0.94
p:laat het|bedanken|-0.97
p:laat hij|parafrase|-0.93
p:laat hij|samenvatting|0.93
p:laat ik|waarschuwen|1.71
p:laat in|adviseren|-0.92
p:laat in|bekritiseren|-2.15
p:laat ingeleverd|open-vraag|-0.93
p:laat ingeleverd|argumenteren|0.9
p:laat is|gevoelsreflectie|-0.95
p:laat is|samenvatting|0.83
p:laat is|bekritiseren|1.56
p:laat kan|ik-boodschap|0.99
p:laat komen|geruststellen|-0.98
p:laat komt|samenvatting|-0.92
p:laat komt|bekritiseren|0.99
p:laat kwam|ik-boodschap|-0.99
p:laat kwam|open-vraag|-1.0
p:laat kwam|bekritiseren|-0.99
p:laat kwam|ondervragen|1.0
p:laat kwam|afleiden|-0.99
p:laat me|bekritiseren|1.97
p:laat mij|bevelen|1.0
p:laat naar|jij-boodschap|-1.0
p:laat naar|aanmoediging|-1.0
p:laat naar|bekritiseren|-1.0
p:laat op|ondervragen|-0.95
p:laat reageren|bekritiseren|-0.91
p:laat u|bevelen|0.99
p:laat u|moraliseren|-0.98
p:laat u|adviseren|-0.93
p:laat u|bekritiseren|-0.98
p:laat u|ondervragen|-0.98
p:laat u|vervolgafspraak|0.95
p:laat was|waarschuwen|-0.99
p:laat was|argumenteren|-0.82
p:laatste drie|ik-boodschap|1.77
p:laatste drie|adviseren|0.87
p:laatste drie|vervolgafspraak|0.92
p:laatste kans|bekritiseren|-0.9
p:laatste tijd|open-vraag|1.0
p:laatste tijd|adviseren|-0.87
p:laatste tijd|afronding-aankondigen|-0.99
p:laatste twee|vervolgafspraak|-0.92
p:laatste weken|ik-boodschap|-1.91
p:lage cijfers|samenvatting|0.93
p:lang gamen|adviseren|-0.94
p:lang gewacht|bekritiseren|0.75
p:lang zijn|bekritiseren|0.68
p:langst dat|moraliseren|0.94
p:lapt alle|jij-boodschap|0.97
p:lapt alle|bekritiseren|0.82
p:laptop niet|ik-boodschap|0.94
p:laptop om|adviseren|0.93
p:laptop steeds|ik-boodschap|0.99
p:laptop thuis|vervolgafspraak|-0.92
p:laptop van|parafrase|-1.0
p:laptop van|bekritiseren|-0.48
p:lastig hoe|open-vraag|1.0
p:lastig is|gevoelsreflectie|-0.76
p:lastig is|bekritiseren|0.76
p:lastig vindt|bekritiseren|-0.25
p:lastig vond|jij-boodschap|-0.98
p:lastige situatie|argumenteren|-0.98
p:lastige situatie|afronding-aankondigen|-0.98
p:lat zo|interpreteren|0.99
p:laten ?|afleiden|-0.91
p:laten ?|bedanken|-0.82
p:laten dan|afronding-aankondigen|0.95
p:laten dank|samenvatting|0.92
p:laten denk|adviseren|-0.65
p:laten denk|interpreteren|0.91
p:laten en|ik-boodschap|-0.83
p:laten en|samenvatting|-0.99
p:laten en|afronding-aankondigen|0.94
p:laten en|vervolgafspraak|0.83
p:laten gaan|bekritiseren|0.68
p:laten komen|jij-boodschap|0.9
p:laten liggen|samenvatting|-0.95
p:laten meedoen|vervolgafspraak|-0.92
p:laten nemen|adviseren|0.99
p:laten passeren|jij-boodschap|-1.0
p:laten passeren|prijzen|1.0
p:laten passeren|interpreteren|-1.0
p:laten plannen|adviseren|0.94
p:laten rusten|afronding-aankondigen|-0.93
p:laten schieten|jij-boodschap|1.86
p:laten schieten|adviseren|-0.9
p:laten schieten|bekritiseren|1.01
p:laten voor|afronding-aankondigen|0.99
p:laten voor|bedanken|-0.77
p:laten we|ik-boodschap|0.98
p:laten we|jij-boodschap|-1.0
p:laten we|samenvatting|-0.91
p:laten we|bevelen|-1.0
p:laten we|moraliseren|-0.99
p:laten we|geruststellen|-1.0
p:laten we|afleiden|1.97
p:laten we|afronding-aankondigen|0.88
p:laten we|bedanken|-0.9
p:laten zullen|bedanken|0.9
p:later in|argumenteren|-0.86
p:later wel|open-vraag|-0.9
p:later wel|afleiden|0.9
p:leeftijd allemaal|bekritiseren|-0.99
p:leeftijd allemaal|geruststellen|-0.99
p:leeftijd allemaal|afleiden|0.99
p:leek het|jij-boodschap|0.97
p:leek het|bekritiseren|0.82
p:leerling heb|moraliseren|0.92
p:leerling heb|argumenteren|-0.86
p:leerling hoor|waarschuwen|-0.97
p:leerling hoor|argumenteren|0.9
p:leerling hoort|waarschuwen|0.85
p:leerling hoort|moraliseren|1.0
p:leerling maar|geruststellen|-0.98
p:leerling met|adviseren|-1.0
p:leerling met|prijzen|-1.0
p:leerlingen die|argumenteren|1.0
p:leerlingen hebben|parafrase|-1.0
p:leerlingen hebben|bekritiseren|-0.48
p:leerlingen niet|open-vraag|-0.97
p:leerlingen van|etiketteren|-0.97
p:leerlingen waardoor|geruststellen|-0.94
p:leert haalt|argumenteren|0.99
p:leg die|bevelen|0.83
p:legt mist|open-vraag|0.97
p:legt ze|interpreteren|0.99
p:lekker bezig|bekritiseren|1.78
p:lekker bezig|etiketteren|-0.66
p:leraar zei|moraliseren|0.86
p:leraren hebben|ik-boodschap|-0.95
p:leren dat|moraliseren|0.97
p:leren je|bevelen|-0.95
p:leren klaar|vervolgafspraak|-1.0
p:leren voor|open-vraag|0.94
p:les belt|samenvatting|-0.99
p:les bij|jij-boodschap|-0.64
p:les en|argumenteren|-0.97
p:les even|bekritiseren|-0.98
p:les gegaan|adviseren|-0.78
p:les met|bekritiseren|0.87
p:les steeds|ik-boodschap|-0.85
p:les steeds|open-vraag|0.97
p:les te|bekritiseren|1.0
p:les te|interpreteren|-1.0
p:les uit|parafrase|0.97
p:les verlies|parafrase|-0.99
p:les voor|waarschuwen|0.9
p:les voor|bekritiseren|0.9
p:les voorbij|ik-boodschap|-0.8
p:les wegzakt|ik-boodschap|0.91
p:les wegzakt|adviseren|0.8
p:lessen geef|bekritiseren|0.71
p:lessen gemist|argumenteren|0.69
p:lessen niks|ik-boodschap|0.99
p:let gewoon|bekritiseren|1.18
p:let maar|parafrase|-0.98
p:let maar|aanmoediging|-0.81
p:let maar|bevelen|-0.75
p:let maar|geruststellen|0.98
p:let nooit|jij-boodschap|0.97
p:let op|ik-boodschap|-0.96
p:let op|waarschuwen|0.95
p:let thuis|bekritiseren|-0.71
p:letten gewoon|bekritiseren|-2.24
p:letten thuis|bekritiseren|1.71
p:leuk dat|jij-boodschap|-0.92
p:leuk dat|bekritiseren|-0.75
p:leukers hebben|jij-boodschap|-1.0
p:leukers hebben|bevelen|-1.0
p:leukers hebben|afronding-aankondigen|-1.0
p:leukste leerlingen|etiketteren|-0.97
p:lever dat|bevelen|1.76
p:lever jij|afleiden|-0.99
p:lezen de|jij-boodschap|0.98
p:lezen de|bekritiseren|0.98
p:lezen ze|bedanken|0.7
p:liegen niet|moraliseren|0.95
p:liegen niet|argumenteren|-0.83
p:liegt gewoon|bekritiseren|0.5
p:liet weten|gevoelsreflectie|0.91
p:liever dan|jij-boodschap|-0.98
p:liever dan|waarschuwen|-0.98
p:liever dan|geruststellen|-0.64
p:liever niet|afleiden|0.93
p:lig je|jij-boodschap|1.77
p:lig je|bekritiseren|1.77
p:liggen en|samenvatting|-0.95
p:liggen en|open-vraag|-0.93
p:ligt maar|geruststellen|0.97
p:lijkt echt|open-vraag|-0.91
p:lijkt er|parafrase|-1.0
p:lijkt er|open-vraag|1.0
p:lijkt er|vervolgafspraak|-1.0
p:lijkt me|ik-boodschap|-0.73
p:lijkt me|geruststellen|-0.83
p:lina haar|ik-boodschap|0.99
p:logisch dat|moraliseren|-0.98
p:logisch dat|adviseren|-1.0
p:logisch dat|argumenteren|0.98
p:logisch dat|prijzen|-1.0
p:lokaal 14|gevoelsreflectie|-1.0
p:lokaal 14|vervolgafspraak|1.0
p:lokaal gaan|ik-boodschap|0.91
p:loop je|open-vraag|0.94
p:loop je|argumenteren|-0.98
p:loopt kan|open-vraag|-0.97
p:los te|adviseren|-0.65
p:los te|bekritiseren|-0.25
p:los te|interpreteren|0.91
p:lotte haar|ik-boodschap|0.96
p:lotte haar|vervolgafspraak|-0.92
p:lucas zijn|waarschuwen|0.93
p:lui bent|gevoelsreflectie|-0.97
p:lui bent|geruststellen|0.84
p:lui is|etiketteren|0.84
p:lui om|adviseren|-0.99
p:lui om|bekritiseren|1.87
p:lui om|etiketteren|0.99
p:luisteren en|afronding-aankondigen|0.98
p:luistert niet|jij-boodschap|0.18
p:luistert niet|bekritiseren|1.72
p:lukt dit|gevoelsreflectie|-0.98
p:lukt dit|bekritiseren|-0.9
p:lukt dit|prijzen|0.98
p:lukt hem|samenvatting|0.99
p:lukt het|gevoelsreflectie|-0.99
p:lukt het|samenvatting|-0.99
p:lukt niet|bekritiseren|-0.69
p:lukt thuis|samenvatting|0.95
p:luuk niet|adviseren|-0.98
p:maak ik|open-vraag|0.97
p:maak me|parafrase|-1.0
p:maak me|samenvatting|-0.99
p:maak me|open-vraag|-0.93
p:maak me|argumenteren|-0.98
p:maak me|bekritiseren|-0.8
p:maak me|interpreteren|-0.93
p:maak me|geruststellen|-0.92
p:maak u|afleiden|-0.85
p:maakt dit|adviseren|-0.93
p:maakt een|samenvatting|0.9
p:maakt een|vervolgafspraak|0.9
p:maakt er|argumenteren|-1.0
p:maakt er|bekritiseren|-0.98
p:maakt het|parafrase|-1.0
p:maakt het|open-vraag|1.0
p:maakt het|bekritiseren|0.66
p:maakt het|vervolgafspraak|-1.0
p:maakt kan|vervolgafspraak|0.82
p:maakt maar|adviseren|0.94
p:maakt om|interpreteren|0.98
p:maakt over|samenvatting|-1.0
p:maakt over|open-vraag|-1.0
p:maakt u|waarschuwen|-0.99
p:maakt u|geruststellen|0.99
p:maakt u|afleiden|-0.99
p:maakt waardoor|ik-boodschap|0.78
p:maakt waardoor|vervolgafspraak|0.92
p:maakt wat|open-vraag|0.96
p:maakt zich|gevoelsreflectie|0.87
p:maakt zich|samenvatting|0.98
p:maakt zich|open-vraag|0.92
p:maakte hem|open-vraag|0.98
p:maand evalueren|samenvatting|1.0
p:maand evalueren|vervolgafspraak|1.0
p:maand opnieuw|afronding-aankondigen|-0.87
p:maand van|ik-boodschap|0.83
p:maand van|open-vraag|0.95
p:maandag een|ik-boodschap|-0.83
p:maandag een|afronding-aankondigen|0.94
p:maandag een|vervolgafspraak|0.83
p:maandag en|parafrase|0.94
p:maandag het|gevoelsreflectie|-1.0
p:maandag het|vervolgafspraak|1.0
p:maandag in|bevelen|0.95
p:maandag niet|ik-boodschap|0.98
p:maandag niet|parafrase|-0.98
p:maandag niet|vervolgafspraak|-0.98
p:maandag om|bevelen|-0.95
p:maandag om|afronding-aankondigen|-0.94
p:maandag stuur|adviseren|-0.96
p:maandag stuur|vervolgafspraak|0.96
p:maanden op|argumenteren|0.72
p:maanden op|bekritiseren|-0.91
p:maandje ben|geruststellen|0.9
p:maar ach|afleiden|1.85
p:maar dat|ik-boodschap|-0.99
p:maar dat|parafrase|-0.87
p:maar dat|gevoelsreflectie|0.93
p:maar dat|bevelen|0.9
p:maar dat|geruststellen|0.93
p:maar dat|vervolgafspraak|-1.0
p:maar de|parafrase|1.85
p:maar de|argumenteren|1.85
p:maar drie|geruststellen|-0.98
p:maar echt|gevoelsreflectie|0.99
p:maar een|moraliseren|0.98
p:maar een|afleiden|-0.77
p:maar geen|open-vraag|-0.96
p:maar geen|afleiden|-0.99
p:maar goed|open-vraag|-0.95
p:maar goed|ondervragen|-0.82
p:maar goed|afleiden|0.95
p:maar het|samenvatting|1.93
p:maar het|adviseren|-0.94
p:maar het|argumenteren|-0.97
p:maar het|bekritiseren|-0.69
p:maar het|geruststellen|0.94
p:maar hij|jij-boodschap|0.97
p:maar hij|bekritiseren|0.82
p:maar hoe|open-vraag|-0.96
p:maar hoe|afleiden|1.9
p:maar ik|interpreteren|1.0
p:maar je|bevelen|0.65
p:maar je|geruststellen|0.95
p:maar je|afleiden|-0.9
p:maar joh|gevoelsreflectie|0.98
p:maar joh|afleiden|0.75
p:maar maakt|open-vraag|0.96
p:maar misschien|gevoelsreflectie|1.89
p:maar misschien|adviseren|1.66
p:maar niet|gevoelsreflectie|-0.93
p:maar niet|geruststellen|-0.63
p:maar om|samenvatting|-0.91
p:maar om|interpreteren|-0.91
p:maar op|parafrase|-0.98
p:maar op|gevoelsreflectie|-0.99
p:maar op|samenvatting|-0.99
p:maar op|aanmoediging|-0.81
p:maar op|bevelen|-0.75
p:maar op|waarschuwen|-0.92
p:maar over|jij-boodschap|-1.0
p:maar u|gevoelsreflectie|-0.76
p:maar u|bekritiseren|0.76
p:maar u|prijzen|-0.9
p:maar voor|prijzen|-0.98
p:maar waarom|gevoelsreflectie|0.85
p:maar waarom|ondervragen|0.92
p:maar zelf|jij-boodschap|1.43
p:maar zelf|bekritiseren|1.67
p:maar zijn|bevelen|-1.83
p:maar zijn|bekritiseren|-1.67
p:maart bespreken|samenvatting|0.9
p:maart bespreken|vervolgafspraak|0.9
p:machteloos hoe|parafrase|0.87
p:machteloos hoe|gevoelsreflectie|0.98
p:machteloos voelen|gevoelsreflectie|0.94
p:machteloos voelt|aanmoediging|-0.99
p:mag ?|ik-boodschap|-0.98
p:mag ?|adviseren|0.98
p:mag een|geruststellen|-0.98
p:mag hij|waarschuwen|0.93
p:mag ik|vervolgafspraak|-1.0
p:mag langskomen|bevelen|-0.89
p:mag op|gevoelsreflectie|0.99
p:mag rustig|aanmoediging|0.98
p:mag verwachten|moraliseren|0.98
p:magister heeft|ik-boodschap|0.93
p:magister heeft|jij-boodschap|-0.93
p:magister heeft|argumenteren|-0.93
p:magister heeft|bekritiseren|-0.93
p:magister kijken|adviseren|-0.99
p:mail ?|bekritiseren|0.94
p:mail die|bekritiseren|0.12
p:mail en|bevelen|-0.95
p:mail gelezen|gevoelsreflectie|-0.76
p:mail gelezen|bekritiseren|0.76
p:mail ik|bekritiseren|-0.71
p:mail met|ik-boodschap|-0.83
p:mail met|adviseren|-0.96
p:mail met|vervolgafspraak|1.79
p:mail ontvangen|ondervragen|-0.75
p:mail stuur|argumenteren|-0.94
p:mail stuur|vervolgafspraak|-0.82
p:mail u|vervolgafspraak|0.99
p:mail u|bedanken|-0.9
p:mail van|jij-boodschap|-0.96
p:mail van|gevoelsreflectie|-0.98
p:mail van|open-vraag|-0.98
p:mail van|ondervragen|1.77
p:mails sturen|bekritiseren|1.57
p:mails sturen|geruststellen|-0.91
p:maken ?|adviseren|-0.85
p:maken als|waarschuwen|0.85
p:maken als|moraliseren|1.0
p:maken dat|ik-boodschap|0.78
p:maken dat|gevoelsreflectie|-0.86
p:maken dat|open-vraag|0.93
p:maken dat|adviseren|0.87
p:maken dat|vervolgafspraak|0.92
p:maken de|afronding-aankondigen|0.99
p:maken de|vervolgafspraak|-0.99
p:maken en|vervolgafspraak|0.92
p:maken hij|geruststellen|0.73
p:maken met|bedanken|0.9
p:maken ons|gevoelsreflectie|-0.97
p:makkelijk daarom|bekritiseren|-0.94
p:makkelijk een|prijzen|0.9
p:makkelijk is|interpreteren|0.91
p:makkelijk met|bekritiseren|-2.17
p:makkelijk van|jij-boodschap|0.86
p:makkelijk van|bekritiseren|0.86
p:man de|ik-boodschap|0.9
p:manier om|parafrase|-0.89
p:manier om|bekritiseren|-0.3
p:manier waarop|samenvatting|-0.91
p:manier waarop|interpreteren|-0.91
p:marit weer|geruststellen|-0.99
p:me 'ouwe'|ik-boodschap|0.88
p:me aan|bevelen|0.99
p:me aan|waarschuwen|-0.99
p:me bent|gevoelsreflectie|-0.77
p:me dat|geruststellen|-0.83
p:me dwars|adviseren|-0.98
p:me echt|ik-boodschap|-0.73
p:me echt|geruststellen|-0.92
p:me eerst|bevelen|0.96
p:me geen|ik-boodschap|-0.94
p:me geraakt|ik-boodschap|0.95
p:me hebt|bevelen|-1.0
p:me ik|bedanken|-0.51
p:me laten|afronding-aankondigen|0.87
p:me minder|ik-boodschap|0.88
p:me niet|ik-boodschap|1.0
p:me nooit|bekritiseren|0.98
p:me nu|bekritiseren|0.98
p:me onzeker|vervolgafspraak|-0.92
p:me op|ik-boodschap|-1.9
p:me op|bekritiseren|-0.97
p:me steeds|bekritiseren|0.98
p:me toe|ik-boodschap|0.93
p:me verantwoordelijk|ik-boodschap|0.91
p:me voorstellen|ik-boodschap|-0.97
p:me voorstellen|gevoelsreflectie|0.98
p:me voorstellen|samenvatting|-1.0
p:me voorstellen|open-vraag|-1.0
p:me wat|ik-boodschap|0.97
p:me zorgen|ik-boodschap|0.98
p:me zorgen|parafrase|-1.0
p:me zorgen|samenvatting|-0.99
p:me zorgen|argumenteren|-0.98
p:me zorgen|bekritiseren|-0.8
p:me zorgen|interpreteren|-0.93
p:medicijnen regelmatig|vervolgafspraak|0.96
p:mee aan|interpreteren|-0.62
p:mee akkoord|prijzen|0.83
p:mee bent|geruststellen|-0.97
p:mee bezig|interpreteren|0.83
p:mee dan|prijzen|0.98
p:mee dat|ik-boodschap|1.0
p:mee dat|gevoelsreflectie|-1.0
p:mee dat|open-vraag|-1.0
p:mee doet|ik-boodschap|-0.89
p:mee doet|jij-boodschap|0.91
p:mee doet|bekritiseren|0.91
p:mee donderdag|afronding-aankondigen|0.93
p:mee donderdag|vervolgafspraak|0.93
p:mee donderdag|bedanken|0.78
p:mee geholpen|bekritiseren|-0.67
p:mee hè|ik-boodschap|-0.98
p:mee kan|adviseren|-0.87
p:mee kunt|prijzen|0.93
p:mee mag|gevoelsreflectie|0.99
p:mee naar|bevelen|-0.75
p:mee om|parafrase|0.87
p:mee om|gevoelsreflectie|0.98
p:mee op|ik-boodschap|0.98
p:mee op|bevelen|0.84
p:mee op|waarschuwen|0.93
p:mee te|gevoelsreflectie|-0.86
p:mee te|open-vraag|0.93
p:mee verder|bekritiseren|-0.72
p:meedenken !|afronding-aankondigen|-1.0
p:meedenken !|bedanken|1.0
p:meedenkend dus|waarschuwen|-0.81
p:meedoen met|ik-boodschap|1.9
p:meedoen met|open-vraag|0.92
p:meedoen met|afronding-aankondigen|-0.98
p:meedoen met|vervolgafspraak|-0.92
p:meer aan|ik-boodschap|0.92
p:meer bij|ik-boodschap|-0.76
p:meer bij|samenvatting|-0.81
p:meer contact|samenvatting|0.95
p:meer dan|moraliseren|1.78
p:meer in|adviseren|-0.98
p:meer informatie|parafrase|-0.99
p:meer loslaten|prijzen|0.94
p:meer naar|moraliseren|-0.94
p:meer over|interpreteren|0.69
p:meer structuur|samenvatting|0.92
p:meer structuur|adviseren|-0.98
p:meer van|vervolgafspraak|-0.92
p:meer verantwoordelijkheid|adviseren|0.96
p:meer verantwoordelijkheid|bekritiseren|-0.87
p:meer voor|waarschuwen|1.0
p:meer voor|interpreteren|-1.0
p:meer zegt|bekritiseren|-0.97
p:meer zelf|adviseren|0.94
p:meer zijn|jij-boodschap|-0.97
p:mees in|geruststellen|-0.94
p:mees om|open-vraag|-0.93
p:mei gemaild|argumenteren|0.86
p:meid dan|prijzen|1.0
p:meid je|ondervragen|-0.91
p:meld ik|waarschuwen|0.81
p:melden bij|waarschuwen|-0.83
p:meldt je|ik-boodschap|-0.96
p:meneer dat|bekritiseren|-1.0
p:meneer de|ik-boodschap|-0.97
p:meneer peters|parafrase|0.99
p:meneer peters|bekritiseren|-0.99
p:meneer peters|prijzen|-0.91
p:meneer weet|aanmoediging|-0.93
p:meneer weet|etiketteren|0.93
p:meneer yilmaz|parafrase|-0.99
p:mens dan|etiketteren|-0.94
p:mentor ?|open-vraag|-1.0
p:mentor erbij|vervolgafspraak|0.89
p:mentor gaat|bevelen|-0.98
p:mentor gebeld|jij-boodschap|-0.77
p:mentor gebeld|bekritiseren|-0.77
p:mentor houdt|geruststellen|0.81
p:mentor kunnen|vervolgafspraak|-0.96
p:mentor meldt|bevelen|0.9
p:mentor op|ik-boodschap|-0.78
p:mentor op|samenvatting|0.78
p:mentor op|bedanken|1.0
p:mentor te|open-vraag|0.99
p:mentor van|ik-boodschap|-0.97
p:mentor vragen|adviseren|0.94
p:mentoruur door|open-vraag|-0.97
p:merk dat|ik-boodschap|-1.98
p:merk dat|gevoelsreflectie|0.66
p:merk dat|adviseren|0.87
p:merk dat|afronding-aankondigen|0.87
p:merk dat|bedanken|0.99
p:merk ik|ik-boodschap|0.96
p:merk ik|gevoelsreflectie|0.95
p:merk ik|open-vraag|0.92
p:merk ik|aanmoediging|-0.87
p:merk ik|interpreteren|-0.98
p:merk ik|geruststellen|-0.94
p:merk je|etiketteren|0.96
p:merken ?|bekritiseren|1.0
p:merkt u|ik-boodschap|0.83
p:merkt u|open-vraag|1.85
p:merkt u|ondervragen|-0.98
p:met andere|parafrase|1.91
p:met andere|samenvatting|-0.99
p:met andere|open-vraag|-0.97
p:met andere|geruststellen|-0.96
p:met bellen|bekritiseren|0.75
p:met bram|vervolgafspraak|0.98
p:met daan|adviseren|-0.97
p:met dat|ik-boodschap|-0.98
p:met dat|afleiden|-0.99
p:met de|ik-boodschap|0.94
p:met de|jij-boodschap|0.13
p:met de|samenvatting|0.9
p:met de|open-vraag|0.92
p:met de|adviseren|0.1
p:met de|argumenteren|-0.94
p:met de|bekritiseren|0.82
p:met de|etiketteren|-1.0
p:met de|geruststellen|-1.0
p:met de|afleiden|1.92
p:met de|afronding-aankondigen|-1.08
p:met de|vervolgafspraak|0.1
p:met de|bedanken|-0.83
p:met die|jij-boodschap|-0.35
p:met die|gevoelsreflectie|0.97
p:met die|bekritiseren|-2.17
p:met een|ik-boodschap|0.12
p:met een|jij-boodschap|-0.98
p:met een|waarschuwen|-0.93
p:met een|adviseren|0.88
p:met een|argumenteren|0.98
p:met een|bekritiseren|-0.98
p:met een|etiketteren|-0.99
p:met een|interpreteren|-0.9
p:met een|afronding-aankondigen|0.94
p:met gym|ik-boodschap|0.96
p:met haar|ik-boodschap|1.89
p:met haar|jij-boodschap|0.9
p:met haar|adviseren|0.8
p:met haar|bekritiseren|2.08
p:met hem|ik-boodschap|0.2
p:met hem|jij-boodschap|1.78
p:met hem|parafrase|-0.98
p:met hem|samenvatting|-0.22
p:met hem|moraliseren|-0.78
p:met hem|adviseren|1.97
p:met hem|bekritiseren|1.24
p:met hem|prijzen|-0.98
p:met hem|ondervragen|-0.98
p:met hem|afleiden|-0.93
p:met hem|vervolgafspraak|-0.98
p:met het|adviseren|-0.87
p:met het|afronding-aankondigen|-0.98
p:met het|bedanken|-0.12
p:met hoe|bekritiseren|0.71
p:met je|ik-boodschap|-1.93
p:met je|jij-boodschap|-0.82
p:met je|samenvatting|1.09
p:met je|bevelen|-0.15
p:met je|bekritiseren|0.54
p:met je|afronding-aankondigen|0.95
p:met je|vervolgafspraak|0.92
p:met lezen|bedanken|0.7
p:met luuk|adviseren|-0.98
p:met mees|open-vraag|-0.93
p:met mij|bekritiseren|-0.79
p:met mij|afronding-aankondigen|-0.93
p:met plezier|samenvatting|0.98
p:met plezier|prijzen|0.85
p:met praten|gevoelsreflectie|-0.98
p:met praten|bevelen|0.98
p:met pubers|bekritiseren|-0.63
p:met pubers|etiketteren|-0.93
p:met school|moraliseren|0.96
p:met school|argumenteren|-0.96
p:met school|interpreteren|-0.96
p:met sven|adviseren|0.99
p:met u|adviseren|-0.94
p:met u|vervolgafspraak|1.0
p:met uw|prijzen|1.0
p:met verlof|bevelen|-0.98
p:met vertrouwen|bekritiseren|-0.72
p:met wie|ik-boodschap|-0.99
p:met wie|open-vraag|-1.0
p:met wie|moraliseren|-0.92
p:met wie|ondervragen|1.0
p:met wie|afleiden|-0.99
p:met zijn|ik-boodschap|0.73
p:met zijn|open-vraag|-0.98
p:met zijn|bekritiseren|0.87
p:met zijn|afleiden|-0.94
p:met zoveel|adviseren|-1.0
p:met zoveel|prijzen|-1.0
p:meteen bij|afronding-aankondigen|-0.95
p:meteen gemeld|interpreteren|-0.99
p:meteen in|prijzen|1.0
p:meteen na|moraliseren|-0.99
p:meteen na|adviseren|0.99
p:meteen tegen|gevoelsreflectie|0.85
p:meteen tegen|ondervragen|0.92
p:mevrouw dan|adviseren|-0.87
p:mevrouw de|bevelen|0.95
p:mevrouw de|etiketteren|1.12
p:mevrouw de|interpreteren|-0.96
p:mevrouw ik|bekritiseren|0.71
p:mevrouw jansen|bekritiseren|-1.52
p:mevrouw smit|bevelen|0.94
p:mevrouw smit|waarschuwen|-0.94
p:middag ruzie|parafrase|0.98
p:midden in|samenvatting|-0.99
p:middernacht gamen|moraliseren|0.99
p:middernacht gamen|bekritiseren|0.5
p:mij deelt|bekritiseren|-0.79
p:mij doe|moraliseren|-0.95
p:mij een|samenvatting|-0.99
p:mij eerst|bevelen|1.0
p:mij gewoon|jij-boodschap|-0.96
p:mij gewoon|interpreteren|0.96
p:mij gezegd|gevoelsreflectie|0.85
p:mij gezegd|ondervragen|0.92
p:mij goed|jij-boodschap|-0.92
p:mij in|gevoelsreflectie|-1.0
p:mij in|vervolgafspraak|1.0
p:mij is|bekritiseren|-0.94
p:mij legt|interpreteren|0.99
p:mij luisteren|jij-boodschap|0.18
p:mij luisteren|bekritiseren|0.9
p:mij midden|samenvatting|-0.99
p:mij nu|adviseren|-0.98
p:mij nu|bekritiseren|-0.98
p:mij ooit|jij-boodschap|0.92
p:mij ooit|bekritiseren|1.72
p:mij praat|waarschuwen|0.81
p:mij praten|afronding-aankondigen|-0.93
p:mij teleur|jij-boodschap|0.98
p:mij teleur|bekritiseren|0.98
p:mij voortaan|prijzen|-0.93
p:mij weten|vervolgafspraak|0.95
p:mij wilt|bedanken|-0.99
p:mij zit|interpreteren|0.83
p:mijn bureau|bevelen|0.95
p:mijn collega|bevelen|-0.63
p:mijn collega|geruststellen|-0.79
p:mijn collega's|bekritiseren|-2.28
p:mijn eigen|parafrase|0.99
p:mijn eigen|samenvatting|0.99
p:mijn gesprekjes|open-vraag|-0.97
p:mijn lessen|bekritiseren|0.71
p:mijn tijd|moraliseren|0.86
p:mijn uitleg|samenvatting|-0.81
p:mijn verhaal|adviseren|-0.98
p:mijn volgende|vervolgafspraak|-0.96
p:mijn volgende|bedanken|-0.96
p:mijn vragen|bekritiseren|-0.91
p:mijn zin|bevelen|1.0
p:mila dus|etiketteren|-0.97
p:mila zonder|open-vraag|0.92
p:milan de|ik-boodschap|0.93
p:milan de|jij-boodschap|-0.93
p:milan de|argumenteren|-0.93
p:milan de|bekritiseren|-0.93
p:milan zijn|ik-boodschap|0.98
p:minder erg|geruststellen|0.98
p:minder serieus|ik-boodschap|0.88
p:minder tijd|open-vraag|-0.99
p:minste wat|moraliseren|0.98
p:minuten begint|vervolgafspraak|-0.96
p:minuten begint|bedanken|-0.96
p:minuten dus|afronding-aankondigen|-0.95
p:minuten te|ik-boodschap|0.99
p:mis je|samenvatting|-0.99
p:misschien een|open-vraag|-1.0
p:misschien een|adviseren|1.0
p:misschien eens|vervolgafspraak|-0.96
p:misschien is|adviseren|0.94
p:misschien kan|bekritiseren|-0.94
p:misschien kun|bevelen|-0.92
p:misschien kunt|ik-boodschap|1.69
p:misschien kunt|adviseren|2.61
p:misschien kunt|vervolgafspraak|0.92
p:misschien moet|ik-boodschap|0.98
p:misschien moet|gevoelsreflectie|0.93
p:misschien moet|adviseren|1.7
p:misschien moet|bekritiseren|-0.8
p:misschien moet|prijzen|-0.98
p:misschien zou|gevoelsreflectie|0.95
p:missen maar|moraliseren|0.98
p:missen vaker|argumenteren|1.0
p:mist daardoor|parafrase|-0.93
p:mist daardoor|samenvatting|0.93
p:mist hij|samenvatting|-0.92
p:mist je|samenvatting|0.96
p:mist thijs|ik-boodschap|0.89
p:mist ze|open-vraag|0.97
p:mist ze|waarschuwen|-0.91
p:mist zonder|argumenteren|0.87
p:mmm ja|gevoelsreflectie|-1.0
p:mmm ja|aanmoediging|1.0
p:mo al|ik-boodschap|0.98
p:mo al|waarschuwen|-0.83
p:moe bent|gevoelsreflectie|0.97
p:moe bent|adviseren|0.97
p:moe hij|samenvatting|0.93
p:moe is|moraliseren|-0.98
p:moe is|argumenteren|0.98
p:moe klopt|open-vraag|-0.92
p:moe van|ik-boodschap|0.98
p:moe van|adviseren|0.94
p:moeder daar|moraliseren|0.99
p:moeder daar|bekritiseren|0.5
p:moeder dan|moraliseren|-0.92
p:moeder dan|etiketteren|-0.92
p:moeder dank|prijzen|-0.83
p:moeder dus|prijzen|0.83
p:moeder erbij|afronding-aankondigen|0.95
p:moeder moest|parafrase|0.9
p:moeder te|afleiden|-0.94
p:moeder u|jij-boodschap|-0.64
p:moeder u|prijzen|0.98
p:moeder van|prijzen|-1.0
p:moeder van|ondervragen|-1.0
p:moeilijk bericht|ik-boodschap|-0.72
p:moeilijk hij|bedanken|-0.83
p:moeilijk om|adviseren|-0.65
p:moeilijk om|interpreteren|0.91
p:moeilijk thuis|parafrase|-0.97
p:moeilijk volgens|open-vraag|0.98
p:moeilijk was|parafrase|0.94
p:moeilijk was|open-vraag|0.98
p:moeilijk was|argumenteren|0.94
p:moeite met|bedanken|0.7
p:moeite voor|bekritiseren|0.91
p:moest horen|parafrase|0.9
p:moet blijven|gevoelsreflectie|-0.93
p:moet blijven|geruststellen|0.9
p:moet dit|argumenteren|0.93
p:moet doen|ik-boodschap|-0.95
p:moet doen|jij-boodschap|-0.97
p:moet echt|bekritiseren|-0.98
p:moet een|parafrase|-1.0
p:moet een|gevoelsreflectie|0.91
p:moet even|adviseren|-0.99
p:moet gewoon|bevelen|0.88
p:moet gewoon|vervolgafspraak|-1.0
p:moet heel|gevoelsreflectie|0.94
p:moet heel|open-vraag|-1.0
p:moet heel|aanmoediging|0.99
p:moet heel|argumenteren|-1.0
p:moet heel|geruststellen|-0.89
p:moet hem|jij-boodschap|-0.99
p:moet hem|bevelen|1.5
p:moet hem|interpreteren|-0.97
p:moet herkansen|argumenteren|0.95
p:moet het|ik-boodschap|-0.93
p:moet hier|vervolgafspraak|-0.96
p:moet hier|bedanken|-0.96
p:moet hij|bekritiseren|-0.92
p:moet ik|ik-boodschap|0.99
p:moet je|ik-boodschap|0.98
p:moet je|gevoelsreflectie|0.93
p:moet je|waarschuwen|0.85
p:moet je|moraliseren|1.0
p:moet je|adviseren|0.73
p:moet je|bekritiseren|-0.8
p:moet leren|bevelen|-0.95
p:moet leren|moraliseren|0.97
p:moet melden|moraliseren|-1.0
p:moet morgen|bevelen|-0.93
p:moet nu|jij-boodschap|0.18
p:moet nu|bekritiseren|0.9
p:moet sem|ik-boodschap|0.84
p:moet toch|prijzen|-0.9
p:moet u|bevelen|-0.99
p:moet u|adviseren|0.98
p:moet u|prijzen|-0.98
p:moet veranderen|samenvatting|-0.95
p:moet veranderen|open-vraag|0.95
p:moet voor|gevoelsreflectie|0.94
p:moet voor|etiketteren|-0.94
p:moet zich|bevelen|0.99
p:moet zich|waarschuwen|0.99
p:moet zich|argumenteren|-0.89
p:moet zwaar|aanmoediging|-0.98
p:moeten aanspreken|jij-boodschap|-0.91
p:moeten doen|jij-boodschap|0.98
p:moeten doen|bekritiseren|0.98
p:moeten er|afronding-aankondigen|0.99
p:moeten er|vervolgafspraak|-0.99
p:moeten geven|moraliseren|0.77
p:moeten geven|adviseren|-1.85
p:moeten helaas|waarschuwen|-1.0
p:moeten helaas|bedanken|1.0
p:moeten hem|bekritiseren|-0.92
p:moeten melden|ik-boodschap|0.98
p:moeten melden|waarschuwen|-0.83
p:moeten opletten|jij-boodschap|-0.91
p:moeten opletten|bekritiseren|-0.85
p:moeten opnemen|etiketteren|-0.96
p:moeten sturen|jij-boodschap|0.98
p:moeten sturen|bekritiseren|0.98
p:moeten weten|moraliseren|0.94
p:moeten zijn|geruststellen|-0.99
p:mogelijk dat|bekritiseren|1.0
p:mohammed is|jij-boodschap|1.31
p:moment voor|adviseren|0.99
p:mond kevin|ik-boodschap|-1.0
p:mond kevin|bevelen|1.0
p:mond kevin|etiketteren|-1.0
p:mooi om|ik-boodschap|0.94
p:mooie cijfer|afleiden|0.79
p:mooie tekening|etiketteren|-0.68
p:morgen bij|bevelen|0.9
p:morgen de|samenvatting|-0.78
p:morgen de|vervolgafspraak|0.99
p:morgen een|bedanken|-0.9
p:morgen gewoon|bevelen|0.97
p:morgen gewoon|interpreteren|-0.97
p:morgen gewoon|geruststellen|-0.99
p:morgen met|bevelen|-0.98
p:morgen naar|waarschuwen|-0.94
p:morgen niet|waarschuwen|0.97
p:morgen om|bevelen|0.37
p:morgen om|argumenteren|-1.0
p:morgen om|afronding-aankondigen|-1.0
p:morgen weer|bevelen|-0.89
p:morgen weer|waarschuwen|0.9
p:morgen weer|bekritiseren|-0.9
p:morgen wil|bevelen|0.9
p:morgen zelf|bevelen|1.65
p:morgen zelf|vervolgafspraak|-0.83
p:morgen zijn|prijzen|-0.98
p:na de|jij-boodschap|-0.64
p:na de|adviseren|-0.98
p:na de|bekritiseren|-0.98
p:na de|vervolgafspraak|0.13
p:na een|vervolgafspraak|-0.92
p:na haar|geruststellen|-0.99
p:na het|parafrase|0.93
p:na het|afronding-aankondigen|0.95
p:na het|bedanken|-0.99
p:na school|moraliseren|-0.99
p:na school|adviseren|0.99
p:naar alle|argumenteren|1.0
p:naar bed|aanmoediging|-1.0
p:naar bed|bevelen|-0.97
p:naar bed|adviseren|-0.94
p:naar bed|ondervragen|0.83
p:naar bed|vervolgafspraak|-0.9
p:naar buiten|ik-boodschap|-0.85
p:naar buiten|waarschuwen|1.71
p:naar dat|ik-boodschap|0.89
p:naar dat|gevoelsreflectie|0.95
p:naar de|parafrase|-0.91
p:naar de|samenvatting|1.9
p:naar de|bevelen|0.72
p:naar de|waarschuwen|0.82
p:naar de|argumenteren|-0.92
p:naar de|bekritiseren|-0.12
p:naar de|prijzen|-0.93
p:naar de|interpreteren|0.99
p:naar die|argumenteren|-0.99
p:naar een|ik-boodschap|0.83
p:naar een|parafrase|0.92
p:naar een|open-vraag|0.95
p:naar een|moraliseren|-0.75
p:naar een|argumenteren|0.95
p:naar gemaakt|parafrase|-1.0
p:naar gym|samenvatting|-0.98
p:naar haar|interpreteren|0.78
p:naar havo|parafrase|1.0
p:naar het|bekritiseren|-0.63
p:naar het|etiketteren|-0.93
p:naar het|afleiden|-0.81
p:naar huis|samenvatting|-0.99
p:naar huis|bevelen|1.0
p:naar huis|waarschuwen|-1.0
p:naar keulen|afronding-aankondigen|-0.93
p:naar me|ik-boodschap|0.93
p:naar mevrouw|bevelen|0.94
p:naar mevrouw|waarschuwen|-0.94
p:naar mij|jij-boodschap|0.18
p:naar mij|bekritiseren|0.9
p:naar school|samenvatting|0.98
p:naar school|moraliseren|-0.94
p:naar school|bekritiseren|-0.89
p:naar school|interpreteren|-0.97
p:naar school|geruststellen|-1.0
p:naar u|gevoelsreflectie|-0.86
p:naar uw|open-vraag|0.96
p:naar voor|open-vraag|-0.97
p:naar want|ik-boodschap|0.93
p:naar wat|samenvatting|-0.91
p:naar wat|bekritiseren|0.82
p:naar zijn|bedanken|-0.97
p:naast bram|ik-boodschap|0.92
p:naast hem|geruststellen|-0.9
p:naast iemand|afronding-aankondigen|-0.93
p:naast noor|jij-boodschap|-0.73
p:naast noor|bevelen|-1.0
p:naast noor|etiketteren|-1.0
p:naast rik|ik-boodschap|0.96
p:nabespreking niet|adviseren|-0.87
p:nablijven u|bevelen|0.53
p:nachts in|adviseren|0.99
p:nachts nog|jij-boodschap|0.95
p:nachts nog|bekritiseren|0.95
p:nachts te|bekritiseren|-0.46
p:nadenken hoor|aanmoediging|0.98
p:natuurkunde kom|jij-boodschap|-0.98
p:natuurkunde kom|argumenteren|0.98
p:natuurkunde kom|bekritiseren|-0.98
p:natuurlijk meteen|prijzen|1.0
p:nauwelijks interesse|jij-boodschap|1.78
p:nauwelijks interesse|bekritiseren|1.24
p:nauwelijks nog|ik-boodschap|0.96
p:nederlands een|argumenteren|-0.84
p:nederlands niet|vervolgafspraak|-0.92
p:nederlands zijn|samenvatting|-0.98
p:nederlands zijn|afleiden|-0.98
p:nee dat|argumenteren|0.92
p:nee joh|bekritiseren|-0.61
p:nee wacht|bevelen|1.0
p:neem gerust|aanmoediging|0.98
p:neem ik|samenvatting|-0.99
p:neem ik|bevelen|0.83
p:neem ik|adviseren|-0.99
p:neem je|bevelen|-1.62
p:neem na|vervolgafspraak|1.0
p:neemt het|bekritiseren|-1.16
p:neemt u|jij-boodschap|-0.97
p:neemt uw|moraliseren|-0.81
p:neemt uw|etiketteren|-1.0
p:neer dat|jij-boodschap|0.97
p:neer dat|samenvatting|-0.97
p:neer dat|bekritiseren|0.87
p:negen af|bevelen|0.74
p:negen binnenkwam|bevelen|-0.9
p:negen ik|samenvatting|0.95
p:negen ik|afronding-aankondigen|0.95
p:negen ik|bedanken|0.84
p:negen in|bevelen|1.0
p:negen in|argumenteren|-1.0
p:negen in|afronding-aankondigen|-1.0
p:negen keer|waarschuwen|-0.99
p:negen lessen|argumenteren|0.69
p:negen uur|adviseren|0.93
p:nemen ?|gevoelsreflectie|-0.86
p:nemen ?|open-vraag|0.93
p:nemen de|ik-boodschap|0.88
p:nemen zo|bevelen|-0.95
p:nergens bang|geruststellen|1.0
p:nergens iets|jij-boodschap|0.97
p:nergens iets|samenvatting|-0.97
p:nergens iets|bekritiseren|0.87
p:nergens iets|etiketteren|-0.98
p:nergens op|jij-boodschap|-0.9
p:nergens op|argumenteren|0.94
p:nergens op|bekritiseren|0.94
p:nergens schuld|jij-boodschap|0.92
p:nergens schuld|samenvatting|-0.92
p:nergens schuld|bekritiseren|0.92
p:nerveus van|bekritiseren|-0.91
p:net een|jij-boodschap|1.68
p:net een|etiketteren|1.31
p:niemand gezegd|moraliseren|-0.99
p:niemand gezegd|bekritiseren|0.99
p:niemand naar|gevoelsreflectie|-0.86
p:niemand u|jij-boodschap|-0.97
p:niemand u|parafrase|0.99
p:niemand u|gevoelsreflectie|0.89
p:niemand u|waarschuwen|-0.91
p:niemand u|bekritiseren|-1.0
p:niemand van|parafrase|1.0
p:niemand zegt|geruststellen|1.81
p:niet ?|bekritiseren|-0.99
p:niet aan|ik-boodschap|0.99
p:niet aan|bevelen|-0.94
p:niet aan|bekritiseren|-0.95
p:niet aan|afleiden|-0.77
p:niet af|geruststellen|-0.96
p:niet afgemeld|moraliseren|-0.92
p:niet afgerond|argumenteren|0.95
p:niet afheeft|adviseren|-0.87
p:niet andersom|jij-boodschap|1.31
p:niet bevorderen|waarschuwen|0.82
p:niet bij|ik-boodschap|-1.77
p:niet bij|vervolgafspraak|0.92
p:niet bijwerkt|ik-boodschap|0.98
p:niet bijwerkt|parafrase|-0.98
p:niet bijwerkt|vervolgafspraak|-0.98
p:niet consequent|bekritiseren|0.83
p:niet dat|ik-boodschap|-0.92
p:niet dat|gevoelsreflectie|-0.97
p:niet dat|waarschuwen|0.99
p:niet dat|moraliseren|0.17
p:niet dat|geruststellen|-0.1
p:niet de|ik-boodschap|-1.0
p:niet de|jij-boodschap|-1.0
p:niet de|parafrase|-1.0
p:niet de|gevoelsreflectie|-1.0
p:niet de|samenvatting|-1.0
p:niet de|open-vraag|-1.0
p:niet de|aanmoediging|-1.0
p:niet de|bevelen|-1.0
p:niet de|waarschuwen|-1.0
p:niet de|moraliseren|-1.0
p:niet de|adviseren|-1.0
p:niet de|bekritiseren|-1.0
p:niet de|prijzen|-1.0
p:niet de|etiketteren|-1.0
p:niet de|interpreteren|-1.0
p:niet de|geruststellen|1.93
p:niet de|ondervragen|-1.0
p:niet de|afleiden|-1.0
p:niet de|afronding-aankondigen|-1.0
p:niet de|vervolgafspraak|-1.0
p:niet de|bedanken|-1.0
p:niet doet|waarschuwen|0.85
p:niet doet|moraliseren|1.0
p:niet dom|jij-boodschap|-0.92
p:niet druk|gevoelsreflectie|-0.93
p:niet druk|waarschuwen|-0.99
p:niet druk|geruststellen|0.99
p:niet druk|afleiden|-0.85
p:niet eens|adviseren|0.87
p:niet eens|ondervragen|-0.98
p:niet elke|adviseren|0.84
p:niet elke|ondervragen|-0.84
p:niet en|ik-boodschap|1.0
p:niet en|samenvatting|0.95
p:niet en|bekritiseren|-0.69
p:niet erg|geruststellen|0.99
p:niet gaat|ik-boodschap|0.99
p:niet gebeld|bekritiseren|0.93
p:niet gebeurd|bekritiseren|0.68
p:niet gebeuren|parafrase|-0.87
p:niet gebeuren|geruststellen|1.83
p:niet gehad|ik-boodschap|1.0
p:niet gehoord|gevoelsreflectie|0.95
p:niet gek|bevelen|-0.99
p:niet gekomen|parafrase|0.98
p:niet gemaakt|argumenteren|-0.98
p:niet gemotiveerd|parafrase|1.0
p:niet gemotiveerd|gevoelsreflectie|-1.0
p:niet gemotiveerd|bekritiseren|-1.0
p:niet gepast|bekritiseren|1.57
p:niet gepast|geruststellen|-0.91
p:niet gewoon|ik-boodschap|-0.98
p:niet gewoon|jij-boodschap|0.98
p:niet gewoon|moraliseren|-0.98
p:niet gewoon|adviseren|1.96
p:niet gewoon|bekritiseren|0.98
p:niet gewoon|ondervragen|-0.12
p:niet gezien|ik-boodschap|-0.98
p:niet gezien|samenvatting|0.95
p:niet goed|ik-boodschap|-0.89
p:niet goed|parafrase|-0.92
p:niet goed|open-vraag|1.0
p:niet goed|bekritiseren|0.95
p:niet goed|geruststellen|-0.89
p:niet goed|afronding-aankondigen|0.98
p:niet goed|vervolgafspraak|-0.9
p:niet hebben|afleiden|0.93
p:niet helpen|vervolgafspraak|0.82
p:niet het|afleiden|1.85
p:niet hij|argumenteren|0.85
p:niet hoe|gevoelsreflectie|-0.95
p:niet hoe|samenvatting|0.83
p:niet hoe|vervolgafspraak|-0.96
p:niet hoort|moraliseren|0.95
p:niet hoort|argumenteren|-1.68
p:niet in|parafrase|-0.92
p:niet ingeleverd|jij-boodschap|-1.0
p:niet ingeleverd|waarschuwen|-1.0
p:niet ingeleverd|bekritiseren|-1.0
p:niet ingrijpen|waarschuwen|-0.91
p:niet inlevert|waarschuwen|1.89
p:niet inlevert|argumenteren|-0.94
p:niet kan|ik-boodschap|0.95
p:niet kan|moraliseren|0.98
p:niet kan|ondervragen|-0.91
p:niet klaar|bevelen|1.0
p:niet kon|ik-boodschap|-0.21
p:niet kon|gevoelsreflectie|-0.86
p:niet kon|open-vraag|0.93
p:niet kon|adviseren|0.87
p:niet kon|vervolgafspraak|0.92
p:niet kunnen|ik-boodschap|-0.99
p:niet kunnen|jij-boodschap|-1.0
p:niet kunnen|parafrase|0.99
p:niet kunnen|prijzen|1.0
p:niet kunnen|interpreteren|-1.0
p:niet laten|vervolgafspraak|-0.92
p:niet leert|argumenteren|0.99
p:niet lekker|ik-boodschap|1.0
p:niet maakt|ik-boodschap|-0.15
p:niet maakt|vervolgafspraak|1.74
p:niet mag|prijzen|-0.91
p:niet maken|vervolgafspraak|0.92
p:niet mee|gevoelsreflectie|0.99
p:niet mee|waarschuwen|0.93
p:niet mee|adviseren|-0.87
p:niet mee|prijzen|0.93
p:niet meedoen|ik-boodschap|1.9
p:niet meedoen|open-vraag|0.92
p:niet meedoen|afronding-aankondigen|-0.98
p:niet meer|ik-boodschap|0.16
p:niet meer|samenvatting|-0.81
p:niet meer|moraliseren|0.84
p:niet meer|adviseren|-0.98
p:niet met|ik-boodschap|0.98
p:niet met|parafrase|-0.98
p:niet met|vervolgafspraak|-0.98
p:niet meteen|gevoelsreflectie|0.85
p:niet meteen|interpreteren|-0.99
p:niet meteen|ondervragen|0.92
p:niet naar|adviseren|-0.78
p:niet naar|argumenteren|-0.99
p:niet naar|bekritiseren|0.82
p:niet naar|ondervragen|0.98
p:niet naast|geruststellen|-0.9
p:niet oefent|argumenteren|0.93
p:niet om|samenvatting|-0.91
p:niet om|interpreteren|-0.91
p:niet ongerust|geruststellen|0.97
p:niet op|bevelen|-0.67
p:niet op|bekritiseren|-0.31
p:niet op|geruststellen|-0.72
p:niet op|ondervragen|0.98
p:niet opgelet|jij-boodschap|1.0
p:niet opgelet|bekritiseren|1.0
p:niet ophaalt|waarschuwen|0.98
p:niet ophaalt|geruststellen|-0.98
p:niet ophoudt|moraliseren|-0.97
p:niet oplaadt|ik-boodschap|0.94
p:niet over|jij-boodschap|-0.98
p:niet over|parafrase|0.87
p:niet over|gevoelsreflectie|0.98
p:niet over|argumenteren|0.98
p:niet over|bekritiseren|-0.98
p:niet plannen|argumenteren|-0.94
p:niet plannen|vervolgafspraak|-0.82
p:niet redt|gevoelsreflectie|0.92
p:niet rondkrijgen|bekritiseren|-0.91
p:niet serieus|gevoelsreflectie|1.0
p:niet serieus|bekritiseren|0.99
p:niet slim|geruststellen|-1.0
p:niet snapt|interpreteren|0.98
p:niet snel|ik-boodschap|-0.97
p:niet star|etiketteren|-1.0
p:niet stellen|ik-boodschap|0.95
p:niet stellen|waarschuwen|-0.9
p:niet stopt|jij-boodschap|-0.93
p:niet te|moraliseren|-0.98
p:niet te|bekritiseren|-0.22
p:niet te|interpreteren|-0.98
p:niet tegen|moraliseren|0.98
p:niet thuis|parafrase|0.92
p:niet toegeven|interpreteren|0.97
p:niet tot|bekritiseren|-0.46
p:niet tot|bedanken|-0.51
p:niet u|jij-boodschap|0.18
p:niet u|bekritiseren|0.9
p:niet van|prijzen|0.97
p:niet veilig|interpreteren|-0.96
p:niet verder|ik-boodschap|-0.98
p:niet verder|afronding-aankondigen|-0.81
p:niet vertelt|waarschuwen|-0.91
p:niet verwerkt|bekritiseren|-0.96
p:niet verwerkt|interpreteren|0.96
p:niet voeren|open-vraag|-0.97
p:niet volgen|ik-boodschap|0.9
p:niet voor|jij-boodschap|0.99
p:niet voor|bekritiseren|0.99
p:niet voor|prijzen|-0.9
p:niet waar|argumenteren|0.86
p:niet wakker|bekritiseren|-0.61
p:niet want|ik-boodschap|-0.93
p:niet want|argumenteren|0.95
p:niet want|bekritiseren|-0.93
p:niet want|afleiden|-0.93
p:niet wat|argumenteren|1.0
p:niet weet|bekritiseren|0.59
p:niet wegstopt|ik-boodschap|-0.92
p:niet wegstopt|waarschuwen|0.92
p:niet zeggen|vervolgafspraak|-1.0
p:niet ziek|aanmoediging|-1.0
p:niet ziek|adviseren|-1.0
p:niet ziek|ondervragen|1.0
p:niet zo|jij-boodschap|-2.08
p:niet zo|bevelen|0.86
p:niet zo|waarschuwen|-0.97
p:niet zo|moraliseren|-0.94
p:niet zo|argumenteren|-0.92
p:niet zo|bekritiseren|-0.98
p:niet zo|etiketteren|2.07
p:niet zo|geruststellen|0.69
p:niet zo|afleiden|0.82
p:niets aan|bekritiseren|0.86
p:niets aan|etiketteren|-1.0
p:niets afspreken|ik-boodschap|1.0
p:niets afspreken|adviseren|-1.0
p:niets afspreken|ondervragen|-1.0
p:niets afspreken|afleiden|-1.0
p:niets afspreken|afronding-aankondigen|-0.13
p:niets liet|gevoelsreflectie|0.91
p:niets liever|jij-boodschap|-0.98
p:niets liever|waarschuwen|-0.98
p:niets liever|geruststellen|-0.64
p:niets meer|waarschuwen|1.0
p:niets meer|interpreteren|-1.0
p:niets meer|vervolgafspraak|-0.92
p:niets verkeerd|geruststellen|1.61
p:niets vertelt|jij-boodschap|-0.98
p:nieuw gesprek|ik-boodschap|-0.98
p:nieuw gesprek|vervolgafspraak|0.98
p:nieuw tijdstip|ik-boodschap|-0.83
p:nieuw tijdstip|afronding-aankondigen|0.94
p:nieuw tijdstip|vervolgafspraak|0.83
p:nieuwe afspraak|afronding-aankondigen|0.8
p:nieuwe afspraak|bedanken|0.9
p:nieuwe baan|ik-boodschap|-0.99
p:nieuwe datum|adviseren|-0.96
p:nieuwe datum|vervolgafspraak|0.96
p:nieuwe datum|bedanken|-0.9
p:nieuwe gebouw|afleiden|0.98
p:nieuwe huis|open-vraag|-0.96
p:nieuwe huis|afleiden|0.96
p:nieuwe school|argumenteren|-0.99
p:nieuwe stof|ik-boodschap|1.0
p:nieuwsbrief wel|jij-boodschap|0.98
p:nieuwsbrief wel|bekritiseren|0.98
p:niks ?|jij-boodschap|1.43
p:niks ?|bekritiseren|1.67
p:niks aan|ik-boodschap|-0.91
p:niks aan|argumenteren|0.91
p:niks heeft|ik-boodschap|0.99
p:niks in|bekritiseren|-0.23
p:niks kon|samenvatting|-0.95
p:niks mee|ik-boodschap|0.1
p:niks mee|jij-boodschap|0.91
p:niks mee|bekritiseren|0.91
p:niks meer|bekritiseren|-0.97
p:niks van|bekritiseren|1.57
p:niks voor|afleiden|1.68
p:noah al|adviseren|-0.85
p:noah dat|samenvatting|-0.95
p:noah de|ik-boodschap|0.78
p:noah de|adviseren|0.87
p:noah de|vervolgafspraak|0.92
p:nodig dat|moraliseren|0.95
p:nodig heeft|prijzen|1.0
p:nodig is|jij-boodschap|0.75
p:nodig om|bekritiseren|-0.72
p:noemt waar|ik-boodschap|0.88
p:nog ?|open-vraag|-0.95
p:nog aan|ik-boodschap|0.96
p:nog aan|samenvatting|1.0
p:nog aan|open-vraag|1.0
p:nog een|ik-boodschap|-0.93
p:nog een|bevelen|0.83
p:nog een|waarschuwen|0.81
p:nog een|adviseren|-0.99
p:nog een|bedanken|0.32
p:nog eens|bevelen|-0.75
p:nog eens|waarschuwen|0.97
p:nog eens|moraliseren|0.97
p:nog even|moraliseren|-0.92
p:nog even|etiketteren|-0.92
p:nog even|afleiden|-0.88
p:nog geen|ik-boodschap|0.97
p:nog geen|jij-boodschap|-1.0
p:nog geen|bevelen|-0.82
p:nog geen|waarschuwen|-1.0
p:nog geen|bekritiseren|-1.82
p:nog mee|interpreteren|0.83
p:nog niet|ik-boodschap|0.95
p:nog niet|samenvatting|0.99
p:nog niet|bevelen|1.0
p:nog niet|bekritiseren|-0.96
p:nog niet|interpreteren|0.96
p:nog over|afronding-aankondigen|-0.93
p:nog steeds|ik-boodschap|-0.89
p:nog steeds|jij-boodschap|0.5
p:nog steeds|bekritiseren|0.91
p:nog wel|geruststellen|-0.87
p:nog zit|jij-boodschap|0.95
p:nog zit|bekritiseren|0.95
p:nog zo'n|samenvatting|-0.9
p:nog zo'n|waarschuwen|0.94
p:nog één|ik-boodschap|-0.96
p:nog één|bevelen|-0.24
p:nog één|waarschuwen|2.0
p:nogal onverschillig|bekritiseren|0.81
p:nooit aan|adviseren|-0.99
p:nooit aan|bekritiseren|0.23
p:nooit aan|prijzen|-0.98
p:nooit als|jij-boodschap|-0.98
p:nooit als|bekritiseren|-1.46
p:nooit als|ondervragen|0.87
p:nooit bereikbaar|bekritiseren|-1.99
p:nooit bij|bekritiseren|0.54
p:nooit eens|bekritiseren|0.92
p:nooit gekregen|gevoelsreflectie|-0.98
p:nooit gekregen|open-vraag|-0.98
p:nooit grenzen|etiketteren|-1.0
p:nooit iets|bekritiseren|0.92
p:nooit iets|afleiden|-0.99
p:nooit in|adviseren|0.94
p:nooit in|bekritiseren|0.94
p:nooit in|prijzen|-0.94
p:nooit je|ik-boodschap|-0.95
p:nooit je|bekritiseren|0.8
p:nooit na|jij-boodschap|0.93
p:nooit na|bekritiseren|0.93
p:nooit op|jij-boodschap|0.97
p:nooit op|bekritiseren|1.9
p:nooit te|jij-boodschap|-0.89
p:nooit te|bekritiseren|-0.74
p:nooit uitpraten|bekritiseren|0.98
p:nooit wat|jij-boodschap|0.96
p:noor dus|prijzen|0.85
p:noor in|jij-boodschap|-0.73
p:noor in|bevelen|-1.0
p:noor in|etiketteren|-1.0
p:nooti op|jij-boodschap|0.93
p:nooti op|bekritiseren|1.69
p:normaal dat|moraliseren|1.78
p:normaal dat|bekritiseren|0.99
p:normaal fatsoen|moraliseren|0.94
p:normering is|parafrase|0.92
p:normering is|argumenteren|0.92
p:nou altijd|jij-boodschap|0.91
p:nou eenmaal|moraliseren|1.11
p:nou eenmaal|argumenteren|-0.86
p:nou eenmaal|bekritiseren|-0.63
p:nou eenmaal|etiketteren|-0.93
p:nou eenmaal|afleiden|-0.77
p:nou fijn|bekritiseren|0.91
p:nou fijn|bedanken|-1.73
p:nou heel|bekritiseren|1.64
p:nou heel|afronding-aankondigen|-0.95
p:nou heel|bedanken|-1.83
p:nou ja|bekritiseren|-0.63
p:nou ja|etiketteren|-0.93
p:nou kijk|ik-boodschap|1.0
p:nou laten|afleiden|0.98
p:nou lekker|bekritiseren|1.78
p:nou lekker|etiketteren|-0.66
p:nou maar|waarschuwen|-0.99
p:nou maar|geruststellen|0.99
p:nou mevrouw|etiketteren|1.7
p:nou niet|jij-boodschap|-2.08
p:nou niet|bekritiseren|-0.98
p:nou niet|geruststellen|-0.98
p:nou nou|etiketteren|1.7
p:nu aan|bevelen|0.99
p:nu aan|waarschuwen|0.99
p:nu aan|argumenteren|-0.89
p:nu af|samenvatting|-0.94
p:nu af|bedanken|0.7
p:nu afronden|afronding-aankondigen|0.98
p:nu afsluiten|vervolgafspraak|-0.93
p:nu allebei|vervolgafspraak|-0.9
p:nu besproken|samenvatting|0.98
p:nu besproken|open-vraag|-0.98
p:nu beëindigen|bedanken|-0.51
p:nu echt|jij-boodschap|-0.99
p:nu echt|vervolgafspraak|-0.96
p:nu echt|bedanken|-0.96
p:nu een|bevelen|-0.83
p:nu een|afronding-aankondigen|0.87
p:nu eenmaal|samenvatting|-1.0
p:nu eenmaal|moraliseren|-0.98
p:nu eenmaal|argumenteren|0.88
p:nu eenmaal|interpreteren|-0.96
p:nu eenmaal|afleiden|0.9
p:nu eerst|bevelen|0.65
p:nu eerst|geruststellen|-0.92
p:nu er|ik-boodschap|0.84
p:nu even|bevelen|1.05
p:nu even|adviseren|-0.98
p:nu even|prijzen|0.93
p:nu gehad|jij-boodschap|-0.91
p:nu gehad|bekritiseren|-0.98
p:nu is|argumenteren|-0.98
p:nu maar|afleiden|0.98
p:nu mee|parafrase|0.87
p:nu mee|gevoelsreflectie|0.98
p:nu mee|bevelen|0.84
p:nu mee|afronding-aankondigen|0.93
p:nu mee|vervolgafspraak|0.93
p:nu mee|bedanken|0.78
p:nu met|ik-boodschap|0.98
p:nu met|afleiden|-0.93
p:nu naar|jij-boodschap|0.18
p:nu naar|bevelen|1.0
p:nu naar|waarschuwen|-1.0
p:nu naar|bekritiseren|0.9
p:nu niet|jij-boodschap|-0.93
p:nu niet|bevelen|-0.94
p:nu niet|moraliseren|-0.97
p:nu pas|bevelen|-1.0
p:nu pas|bekritiseren|-0.93
p:nu pas|ondervragen|1.0
p:nu stoppen|vervolgafspraak|0.89
p:nu stopt|gevoelsreflectie|-0.98
p:nu stopt|bevelen|0.98
p:nu toe|parafrase|-0.92
p:nu toe|open-vraag|1.0
p:nu tussen|aanmoediging|-0.99
p:nu we|bedanken|-0.51
p:nu zitten|jij-boodschap|0.96
p:nu zitten|bevelen|0.7
p:och dat|geruststellen|-0.95
p:och dat|afleiden|0.95
p:ochtend te|ik-boodschap|0.98
p:ochtend te|bekritiseren|-0.8
p:oefenen haalt|waarschuwen|-0.95
p:oefeningen niet|gevoelsreflectie|-0.86
p:oefeningen niet|open-vraag|0.93
p:oefent haalt|argumenteren|0.93
p:of hij|bekritiseren|0.91
p:of ik|parafrase|0.93
p:of ik|samenvatting|-0.84
p:of ik|waarschuwen|1.0
p:of je|ik-boodschap|-0.98
p:of je|waarschuwen|-0.98
p:of je|adviseren|0.98
p:ogen te|bevelen|0.84
p:ok we|afronding-aankondigen|0.99
p:ok we|vervolgafspraak|-0.99
p:oké ?|aanmoediging|-0.92
p:oké dus|parafrase|0.94
p:om ?|parafrase|0.87
p:om ?|gevoelsreflectie|0.98
p:om acht|ik-boodschap|-0.96
p:om af|moraliseren|-0.95
p:om af|geruststellen|-1.0
p:om af|afleiden|-1.0
p:om af|afronding-aankondigen|1.0
p:om bent|adviseren|-0.93
p:om bijles|open-vraag|-1.0
p:om bijles|adviseren|1.0
p:om de|ik-boodschap|-0.88
p:om de|samenvatting|1.08
p:om de|open-vraag|1.06
p:om de|moraliseren|0.95
p:om de|interpreteren|-0.91
p:om de|bedanken|-0.92
p:om dit|bevelen|-0.91
p:om drie|afronding-aankondigen|-0.94
p:om een|bekritiseren|0.65
p:om elke|adviseren|0.94
p:om haar|adviseren|0.94
p:om half|bevelen|0.79
p:om half|argumenteren|-1.0
p:om half|vervolgafspraak|0.93
p:om half|bedanken|0.78
p:om hem|jij-boodschap|-0.99
p:om hem|parafrase|-0.89
p:om hem|gevoelsreflectie|-0.86
p:om hem|open-vraag|0.93
p:om hem|adviseren|-0.6
p:om hem|bekritiseren|-2.19
p:om hem|interpreteren|0.91
p:om het|jij-boodschap|-0.95
p:om het|samenvatting|-0.91
p:om het|open-vraag|-0.93
p:om het|bevelen|0.33
p:om het|interpreteren|-0.91
p:om hier|bekritiseren|-0.72
p:om hierbij|argumenteren|-0.9
p:om hoe|gevoelsreflectie|-0.98
p:om in|parafrase|-0.86
p:om je|ik-boodschap|-0.93
p:om je|gevoelsreflectie|-0.98
p:om je|vervolgafspraak|-0.99
p:om kwart|vervolgafspraak|-0.92
p:om mees|ik-boodschap|-0.91
p:om naar|gevoelsreflectie|0.98
p:om negen|adviseren|0.93
p:om samen|parafrase|-0.99
p:om samen|vervolgafspraak|-0.99
p:om school|bekritiseren|0.81
p:om stoer|interpreteren|1.81
p:om tafel|afronding-aankondigen|-0.91
p:om tafel|vervolgafspraak|0.99
p:om tafel|bedanken|0.13
p:om te|ik-boodschap|1.84
p:om te|jij-boodschap|-0.93
p:om te|samenvatting|-0.16
p:om te|adviseren|-0.12
p:om te|interpreteren|0.98
p:om te|vervolgafspraak|0.92
p:om te|bedanken|1.0
p:om tien|ik-boodschap|0.98
p:om tien|waarschuwen|-0.83
p:om tien|moraliseren|0.98
p:om vier|open-vraag|-0.98
p:om vier|etiketteren|-1.0
p:om vier|ondervragen|-0.83
p:om vier|vervolgafspraak|1.0
p:om zijn|samenvatting|1.0
p:om zijn|waarschuwen|-0.97
p:om zijn|moraliseren|-0.97
p:om zijn|ondervragen|-0.97
p:omdat de|gevoelsreflectie|0.91
p:omdat het|interpreteren|0.91
p:omdat hij|bekritiseren|-0.96
p:omdat hij|interpreteren|1.0
p:omdat ilse|ik-boodschap|0.99
p:omdat je|gevoelsreflectie|-0.92
p:omdat je|moraliseren|-0.95
p:omdat je|adviseren|-0.98
p:omdat je|prijzen|-0.97
p:omdat je|etiketteren|-0.98
p:omdat je|interpreteren|0.84
p:omdat lina|ik-boodschap|0.99
p:omdat niemand|jij-boodschap|-0.97
p:omdat noah|adviseren|-0.85
p:omdat tess|vervolgafspraak|0.96
p:omdat u|jij-boodschap|-0.98
p:omdat u|parafrase|0.9
p:omdat u|gevoelsreflectie|-0.99
p:omdat u|bevelen|-0.94
p:omdat u|argumenteren|-0.92
p:omdat u|interpreteren|0.95
p:omdat u|geruststellen|-0.89
p:omdat we|vervolgafspraak|-0.9
p:omdat ze|ik-boodschap|0.91
p:omdat ze|adviseren|0.8
p:omdat ze|interpreteren|0.17
p:omgaat ?|bekritiseren|0.99
p:onbeleefd tegen|bekritiseren|-0.91
p:onbeschofte opmerking|argumenteren|-0.95
p:onbetrouwbare jongen|bekritiseren|-1.7
p:onbetrouwbare jongen|etiketteren|0.99
p:onder lijdt|geruststellen|-0.83
p:onder tafel|waarschuwen|-0.98
p:onderbreekt me|bekritiseren|0.98
p:onderbreken kan|afronding-aankondigen|0.98
p:onderbreken komen|bedanken|-0.51
p:onderschat dit|bekritiseren|0.4
p:onderzoek blijkt|argumenteren|0.99
p:onderzoek laat|argumenteren|0.96
p:oneerlijk over|gevoelsreflectie|-0.91
p:oneerlijk over|bekritiseren|0.91
p:ongeoorloofd verzuimd|prijzen|-0.99
p:ongepaste vraag|bekritiseren|0.99
p:ongerust bent|adviseren|-0.94
p:ongerust bent|geruststellen|0.94
p:ongerust maakt|open-vraag|-0.96
p:ongerust omdat|ik-boodschap|0.99
p:ongerust over|gevoelsreflectie|0.98
p:ongerust te|geruststellen|0.97
p:ongestoord kan|adviseren|0.95
p:ongeïnteresseerd dat|bekritiseren|-1.58
p:onhandig geweest|bekritiseren|0.93
p:online doet|bekritiseren|0.22
p:onredelijke eis|bekritiseren|0.96
p:onrustig en|parafrase|-0.97
p:onrustig gevoel|samenvatting|-0.99
p:onrustig wordt|geruststellen|-0.94
p:onrustige periode|open-vraag|-0.97
p:ons allebei|gevoelsreflectie|-0.97
p:ons dit|bevelen|0.99
p:ons niet|argumenteren|0.95
p:ons overal|prijzen|-0.98
p:ontvangen ?|ondervragen|-0.75
p:ontzettend aanstelt|jij-boodschap|2.78
p:ontzettend aanstelt|bekritiseren|3.09
p:ontzettend onbeleefd|bekritiseren|0.62
p:onverschillig als|bekritiseren|0.81
p:onvoldoende haalt|argumenteren|-0.92
p:onvoldoende heeft|parafrase|-0.92
p:onvoldoende in|afleiden|1.85
p:onvoldoende is|argumenteren|0.69
p:onvoldoendes op|ik-boodschap|0.84
p:onze tijd|adviseren|-0.96
p:onze tijd|vervolgafspraak|-0.76
p:onzeker bent|adviseren|-0.98
p:onzeker bent|etiketteren|-0.98
p:onzeker over|parafrase|-0.96
p:onzeker van|gevoelsreflectie|0.76
p:onzeker wanneer|vervolgafspraak|-0.92
p:onzin als|moraliseren|0.93
p:onzin als|bekritiseren|0.93
p:onzin dat|moraliseren|-0.99
p:onzin dat|bekritiseren|0.99
p:onzinnige klacht|bekritiseren|0.97
p:oog binnenkwam|ik-boodschap|0.95
p:ooit gereageerd|jij-boodschap|0.92
p:ooit gereageerd|bekritiseren|1.72
p:ook akkoord|adviseren|-0.87
p:ook altijd|bekritiseren|0.82
p:ook bij|jij-boodschap|-0.92
p:ook bij|bekritiseren|-0.75
p:ook bij|vervolgafspraak|0.96
p:ook dat|moraliseren|0.95
p:ook dat|argumenteren|-1.68
p:ook de|vervolgafspraak|1.83
p:ook eens|jij-boodschap|1.67
p:ook eens|bekritiseren|1.67
p:ook even|geruststellen|-0.79
p:ook in|ondervragen|0.98
p:ook lastig|jij-boodschap|-0.98
p:ook naar|ik-boodschap|0.89
p:ook naar|gevoelsreflectie|0.95
p:ook niet|etiketteren|-0.83
p:ook niet|geruststellen|0.93
p:ook niks|ik-boodschap|-0.91
p:ook niks|argumenteren|0.91
p:ook nog|open-vraag|-0.95
p:ook nog|geruststellen|-0.87
p:ook nooit|jij-boodschap|0.96
p:ook stil|ik-boodschap|-0.94
p:ook voor|argumenteren|0.92
p:ook wel|gevoelsreflectie|-0.98
p:ook wel|bekritiseren|-0.9
p:ook wel|prijzen|1.98
p:oortjes in|samenvatting|-0.81
p:oortjes zit|ik-boodschap|-0.95
p:op 12|argumenteren|0.86
p:op 14|samenvatting|0.9
p:op 14|argumenteren|-0.91
p:op 14|vervolgafspraak|0.9
p:op afspraken|ondervragen|-0.95
p:op bram|ik-boodschap|-0.96
p:op dat|ik-boodschap|-1.9
p:op dat|bekritiseren|-0.97
p:op de|ik-boodschap|-1.67
p:op de|jij-boodschap|0.94
p:op de|samenvatting|-0.12
p:op de|bevelen|-0.95
p:op de|adviseren|0.98
p:op de|argumenteren|-0.88
p:op de|bekritiseren|1.94
p:op de|etiketteren|-0.92
p:op de|bedanken|1.0
p:op deze|waarschuwen|-0.97
p:op deze|geruststellen|0.9
p:op die|bekritiseren|-0.99
p:op die|geruststellen|-0.99
p:op die|afleiden|0.99
p:op drie|argumenteren|0.85
p:op een|gevoelsreflectie|-0.83
p:op een|samenvatting|0.99
p:op een|open-vraag|-0.93
p:op een|moraliseren|-0.96
p:op een|vervolgafspraak|-0.99
p:op excursie|prijzen|0.93
p:op geen|jij-boodschap|0.92
p:op geen|bekritiseren|1.72
p:op haar|gevoelsreflectie|0.85
p:op haar|bekritiseren|-1.5
p:op haar|ondervragen|0.92
p:op hem|bekritiseren|0.8
p:op het|ik-boodschap|0.84
p:op het|argumenteren|-0.84
p:op het|afleiden|0.93
p:op in|bevelen|-0.67
p:op je|waarschuwen|0.95
p:op je|etiketteren|-0.97
p:op jou|bekritiseren|1.0
p:op jullie|jij-boodschap|-0.53
p:op jullie|bekritiseren|-0.68
p:op kamp|gevoelsreflectie|0.99
p:op kamp|waarschuwen|0.93
p:op laten|ik-boodschap|0.98
p:op maandag|parafrase|0.94
p:op maar|jij-boodschap|1.43
p:op maar|bekritiseren|1.67
p:op met|afleiden|-0.99
p:op mijn|bevelen|0.95
p:op mijn|bekritiseren|-0.91
p:op of|bekritiseren|0.91
p:op school|jij-boodschap|-0.98
p:op school|parafrase|-0.92
p:op school|gevoelsreflectie|-0.99
p:op school|moraliseren|0.94
p:op school|adviseren|-0.98
p:op school|bekritiseren|-0.91
p:op school|geruststellen|-0.96
p:op school|afronding-aankondigen|-0.94
p:op tafel|open-vraag|0.97
p:op te|bekritiseren|0.65
p:op tijd|parafrase|-0.89
p:op tijd|bevelen|1.47
p:op tijd|waarschuwen|-0.97
p:op tijd|moraliseren|1.0
p:op tijd|adviseren|-0.94
p:op tijd|bekritiseren|-0.95
p:op tijd|interpreteren|-0.97
p:op tijd|geruststellen|-0.72
p:op tijd|afleiden|-0.99
p:op uw|prijzen|0.93
p:op uzelf|interpreteren|1.0
p:op uzelf|afleiden|-0.87
p:op wat|bekritiseren|-2.02
p:op welke|ondervragen|0.98
p:op wit|argumenteren|0.93
p:op woensdag|parafrase|-0.91
p:op woensdag|samenvatting|0.91
p:op zijn|jij-boodschap|-0.91
p:op zijn|bekritiseren|0.95
p:op zijn|geruststellen|0.92
p:op zijn|ondervragen|0.83
p:op zijn|vervolgafspraak|-0.9
p:op zondag|moraliseren|-0.78
p:op zondag|adviseren|0.91
p:opdracht doe|prijzen|0.85
p:opdracht doen|adviseren|-0.97
p:opdracht doen|prijzen|0.97
p:opdracht doen|afleiden|-0.97
p:opdracht in|ik-boodschap|0.93
p:opdracht in|jij-boodschap|-0.93
p:opdracht in|argumenteren|-0.93
p:opdracht in|bekritiseren|-0.93
p:opdracht snapt|waarschuwen|-0.98
p:opdracht staat|argumenteren|0.94
p:opdracht staat|bekritiseren|0.94
p:opdracht vrijdag|argumenteren|-0.94
p:opdracht wel|ik-boodschap|-0.99
p:opdracht wel|geruststellen|-0.72
p:opdrachten en|open-vraag|0.92
p:opdrachten toe|ik-boodschap|0.92
p:opdrachten toekomt|ik-boodschap|0.96
p:opdrachten vaak|ik-boodschap|0.98
p:open bent|bedanken|0.54
p:opgaven niet|vervolgafspraak|0.92
p:opgelucht dat|bevelen|-1.0
p:opgelucht dat|geruststellen|-0.99
p:opgevangen ?|gevoelsreflectie|0.82
p:ophaalt gaat|waarschuwen|0.98
p:ophaalt gaat|geruststellen|-0.98
p:ophoudt krijg|moraliseren|-0.97
p:opkijken als|bevelen|-0.99
p:oplaadt kun|ik-boodschap|0.94
p:oplossen ?|open-vraag|0.92
p:opmerking en|samenvatting|-0.9
p:opmerking en|waarschuwen|0.94
p:opmerking is|bekritiseren|0.69
p:opneemt hoe|open-vraag|0.99
p:opnieuw om|afronding-aankondigen|-0.87
p:opnieuw zitten|afronding-aankondigen|-0.95
p:oprecht jammer|ik-boodschap|0.99
p:oprecht van|ik-boodschap|0.83
p:oprecht van|open-vraag|0.95
p:opschrijft dus|ik-boodschap|0.95
p:opstaat ga|bevelen|0.7
p:opstaat kunnen|ik-boodschap|1.0
p:opstaat kunnen|adviseren|-1.0
p:opstaat kunnen|ondervragen|-1.0
p:opstaat kunnen|afleiden|-1.0
p:opstaat kunnen|afronding-aankondigen|-1.0
p:opstandig is|ik-boodschap|-0.98
p:opvoeden doe|moraliseren|0.96
p:opvoeden doe|argumenteren|-0.96
p:opvoeden doe|interpreteren|-0.96
p:orde komt|argumenteren|-0.98
p:orde komt|prijzen|0.98
p:orthopedagoog gewoon|jij-boodschap|0.9
p:orthopedagoog gewoon|adviseren|-0.9
p:orthopedagoog gewoon|bekritiseren|1.59
p:oude school|samenvatting|0.96
p:oude school|interpreteren|0.78
p:ouder bent|prijzen|0.93
p:ouder bent|geruststellen|1.85
p:ouder controleert|waarschuwen|-1.0
p:ouder controleert|moraliseren|1.0
p:ouder die|prijzen|-0.93
p:ouder die|etiketteren|0.93
p:ouder dus|geruststellen|-0.99
p:ouder heb|ik-boodschap|-0.93
p:ouder het|jij-boodschap|-0.95
p:ouder het|bekritiseren|-0.95
p:ouder hoort|moraliseren|0.93
p:ouder hoort|bekritiseren|0.93
p:ouderavond gekomen|ondervragen|0.98
p:ouders dat|etiketteren|0.96
p:ouders gemaild|argumenteren|1.0
p:ouders hebben|afleiden|-0.9
p:ouders horen|bevelen|-0.97
p:ouders horen|moraliseren|0.99
p:ouders horen|argumenteren|-0.89
p:ouders horen|interpreteren|-0.99
p:ouders jullie|argumenteren|-0.98
p:ouders jullie|prijzen|0.98
p:ouders lezen|jij-boodschap|0.98
p:ouders lezen|bekritiseren|0.98
p:ouders tekortgeschoten|waarschuwen|-0.97
p:ouders tekortgeschoten|bekritiseren|0.8
p:ouders veel|adviseren|-0.92
p:ouders veel|bekritiseren|-2.15
p:ouders wachten|afronding-aankondigen|0.99
p:ouders wachten|vervolgafspraak|-0.99
p:ouders wat|adviseren|0.96
p:over ?|parafrase|0.92
p:over acht|bevelen|0.9
p:over acht|vervolgafspraak|-0.92
p:over dat|gevoelsreflectie|1.0
p:over dat|open-vraag|1.0
p:over dat|waarschuwen|-1.0
p:over dat|geruststellen|-0.94
p:over dat|afleiden|0.93
p:over dat|afronding-aankondigen|-1.0
p:over de|ik-boodschap|-0.99
p:over de|parafrase|0.13
p:over de|gevoelsreflectie|0.89
p:over de|samenvatting|-0.77
p:over de|waarschuwen|-0.91
p:over de|moraliseren|-0.99
p:over de|argumenteren|-0.92
p:over de|interpreteren|0.69
p:over de|afleiden|-0.98
p:over de|vervolgafspraak|-1.0
p:over drie|samenvatting|0.95
p:over drie|afleiden|-0.99
p:over drie|bedanken|0.84
p:over duurzaamheid|interpreteren|-0.62
p:over echt|interpreteren|-0.71
p:over een|geruststellen|0.9
p:over een|afronding-aankondigen|-1.82
p:over een|vervolgafspraak|1.0
p:over hebben|afleiden|0.98
p:over het|interpreteren|1.0
p:over het|afleiden|-0.81
p:over hetzelfde|ik-boodschap|0.98
p:over hoe|gevoelsreflectie|-0.97
p:over iets|jij-boodschap|-1.0
p:over iets|bevelen|-1.0
p:over iets|geruststellen|-1.0
p:over iets|afleiden|1.0
p:over iets|afronding-aankondigen|-1.0
p:over in|interpreteren|-0.97
p:over in|geruststellen|0.97
p:over in|afleiden|-0.94
p:over je|ik-boodschap|0.98
p:over je|jij-boodschap|-0.91
p:over je|moraliseren|0.94
p:over je|bekritiseren|-1.78
p:over je|afleiden|0.91
p:over klopt|parafrase|-1.0
p:over klopt|open-vraag|1.0
p:over klopt|vervolgafspraak|-1.0
p:over moet|ik-boodschap|-0.95
p:over naar|bekritiseren|-0.63
p:over naar|etiketteren|-0.93
p:over negen|bevelen|-0.9
p:over schermtijd|gevoelsreflectie|-0.98
p:over school|parafrase|0.87
p:over school|gevoelsreflectie|0.98
p:over te|waarschuwen|-0.99
p:over twee|ik-boodschap|0.78
p:over twee|parafrase|-0.91
p:over twee|samenvatting|-0.9
p:over twee|adviseren|0.87
p:over twee|interpreteren|-1.0
p:over twee|afronding-aankondigen|-0.99
p:over twee|vervolgafspraak|2.73
p:over twee|bedanken|-0.71
p:over u|interpreteren|0.69
p:over uw|interpreteren|1.0
p:over verteld|gevoelsreflectie|-0.94
p:over vijf|vervolgafspraak|-0.96
p:over vijf|bedanken|-0.96
p:over voor|open-vraag|-0.99
p:over wat|gevoelsreflectie|-0.91
p:over wat|open-vraag|0.97
p:over wat|bekritiseren|0.91
p:over zijn|ik-boodschap|-1.72
p:over zijn|gevoelsreflectie|0.77
p:over zijn|samenvatting|0.98
p:over zijn|open-vraag|-1.0
p:over zijn|afleiden|0.79
p:overal aan|prijzen|-0.98
p:overal een|prijzen|-0.93
p:overal een|etiketteren|0.93
p:overal kritiek|jij-boodschap|1.43
p:overal kritiek|bekritiseren|1.67
p:overal mee|gevoelsreflectie|-0.76
p:overal mee|bekritiseren|0.1
p:overdrijft echt|bekritiseren|1.1
p:overdrijft enorm|bekritiseren|0.15
p:overgangsnormen daar|ik-boodschap|-0.91
p:overgangsnormen daar|argumenteren|0.91
p:overkomt iedereen|geruststellen|-1.5
p:overkomt iedereen|afleiden|0.93
p:overleg met|samenvatting|0.9
p:overleg met|vervolgafspraak|0.9
p:overstap naar|afleiden|-0.81
p:overstapt naar|parafrase|1.0
p:paar weken|geruststellen|0.95
p:pak ik|ik-boodschap|-0.92
p:pak ik|waarschuwen|0.92
p:pak je|ik-boodschap|-1.0
p:pak je|waarschuwen|-1.0
p:pakken ?|argumenteren|-1.0
p:pakt neem|samenvatting|-0.99
p:pakt neem|adviseren|-0.99
p:pas 's|bekritiseren|-0.91
p:pas ?|bevelen|-1.0
p:pas ?|bekritiseren|-0.93
p:pas ?|ondervragen|1.0
p:pas als|bekritiseren|1.56
p:pas na|parafrase|0.96
p:pas om|ik-boodschap|0.98
p:pas om|bevelen|-0.9
p:pas om|waarschuwen|-0.83
p:pas om|vervolgafspraak|-0.92
p:pasje weer|ik-boodschap|-0.82
p:pauze alleen|ik-boodschap|0.97
p:pauze hebt|ik-boodschap|1.75
p:pauze hebt|gevoelsreflectie|-0.95
p:pauze naar|samenvatting|-0.99
p:pauze niet|ik-boodschap|-0.76
p:pauze tegenwoordig|ik-boodschap|-0.95
p:periode 2|argumenteren|-0.84
p:periode al|argumenteren|-0.98
p:periode bij|vervolgafspraak|-0.99
p:periode even|ik-boodschap|-0.96
p:periode noor|bekritiseren|0.57
p:periode twee|etiketteren|-0.93
p:pest niet|jij-boodschap|1.31
p:pesten kan|waarschuwen|-0.91
p:pesten stopt|parafrase|-0.99
p:pesterijen over|afronding-aankondigen|0.97
p:peters je|prijzen|-0.91
p:peters te|parafrase|0.99
p:peters te|bekritiseren|-0.99
p:pijn hebt|bevelen|-0.57
p:plaats gewoon|adviseren|0.99
p:plaats van|adviseren|-0.96
p:plan dat|bedanken|-0.83
p:plan een|etiketteren|-1.0
p:plan een|vervolgafspraak|1.0
p:plan maken|adviseren|-0.85
p:plannen ?|jij-boodschap|-1.74
p:plannen ?|bekritiseren|-1.46
p:plannen ?|ondervragen|0.87
p:plannen daan|bevelen|0.88
p:plannen een|ik-boodschap|-0.98
p:plannen een|afronding-aankondigen|0.8
p:plannen en|argumenteren|-0.94
p:plannen en|vervolgafspraak|-0.82
p:plannen lukt|bekritiseren|-0.69
p:plannen voor|bekritiseren|-0.98
p:planner bijhoudt|ik-boodschap|-0.99
p:planner bijhoudt|jij-boodschap|-0.82
p:planner bijhoudt|samenvatting|0.99
p:planner bijhoudt|vervolgafspraak|0.99
p:planner elke|bevelen|-0.92
p:planner geen|ik-boodschap|0.95
p:planner in|ik-boodschap|0.98
p:planner in|parafrase|-0.98
p:planner in|vervolgafspraak|-0.98
p:planner van|ik-boodschap|-0.96
p:planning controleert|samenvatting|1.0
p:planning controleert|vervolgafspraak|1.0
p:planning de|ik-boodschap|-0.88
p:planning en|ik-boodschap|-0.78
p:planning en|jij-boodschap|0.97
p:planning en|samenvatting|0.78
p:planning en|bekritiseren|0.82
p:planning niet|bekritiseren|-0.91
p:planning voor|afleiden|-0.98
p:playstation gewoon|adviseren|0.94
p:playstation gewoon|bekritiseren|0.94
p:playstation gewoon|prijzen|-0.94
p:plek in|samenvatting|-0.84
p:plek in|adviseren|0.95
p:plek op|waarschuwen|0.97
p:plezier naar|samenvatting|0.98
p:plicht om|ik-boodschap|-0.93
p:plicht om|moraliseren|0.95
p:pols binnenkwam|vervolgafspraak|-0.99
p:pootjes terecht|geruststellen|0.92
p:positief houden|samenvatting|-0.91
p:positiefs hebben|geruststellen|-1.0
p:positiefs hebben|afleiden|1.0
p:potje van|bekritiseren|0.98
p:praat je|moraliseren|0.98
p:praat meld|waarschuwen|0.81
p:praat merk|interpreteren|-0.98
p:praat met|parafrase|-0.91
p:praat met|samenvatting|0.91
p:praat thuis|ik-boodschap|-0.78
p:praat thuis|samenvatting|0.78
p:praat thuis|bedanken|1.0
p:praat volgende|ik-boodschap|-0.99
p:praat volgende|jij-boodschap|-0.82
p:praat volgende|samenvatting|0.99
p:praat volgende|vervolgafspraak|0.99
p:practicum en|afronding-aankondigen|-0.98
p:praten ?|ondervragen|-0.83
p:praten dat|parafrase|0.87
p:praten dat|gevoelsreflectie|0.98
p:praten dat|moraliseren|0.94
p:praten en|vervolgafspraak|-0.9
p:praten kan|ik-boodschap|0.9
p:praten komen|afronding-aankondigen|-0.81
p:praten lieke|bevelen|-0.99
p:praten waardoor|afronding-aankondigen|0.87
p:praten want|ik-boodschap|0.98
p:praten we|afronding-aankondigen|-0.94
p:praten we|vervolgafspraak|0.89
p:precies gebeurd|ik-boodschap|-0.94
p:prikkelbaar en|parafrase|-0.99
p:prikkelbaar en|vervolgafspraak|-0.99
p:prima dat|jij-boodschap|0.95
p:prima dat|bekritiseren|0.95
p:prima doen|geruststellen|0.9
p:prima doen|afleiden|-0.9
p:prinses die|moraliseren|-0.96
p:probeer eens|adviseren|0.95
p:probeer haar|ik-boodschap|-0.95
p:probeer het|waarschuwen|-0.93
p:probeer het|adviseren|0.97
p:probeert gewoon|adviseren|-0.7
p:probeert u|adviseren|0.87
p:proberen met|interpreteren|-0.9
p:probleem dat|prijzen|0.98
p:probleem in|interpreteren|0.83
p:probleem is|interpreteren|0.97
p:probleem klopt|samenvatting|0.94
p:probleem van|prijzen|-0.93
p:probleem van|etiketteren|0.93
p:probleem voor|interpreteren|0.99
p:probleemkind is|geruststellen|-0.98
p:profiel wat|samenvatting|-0.93
p:programma van|afleiden|-0.93
p:project over|interpreteren|-0.62
p:project werken|ik-boodschap|0.99
p:protocol schrijft|argumenteren|0.79
p:protocol staat|argumenteren|-2.54
p:puber heeft|geruststellen|0.89
p:puber heeft|afleiden|-0.89
p:puber wel|geruststellen|-0.95
p:puber wel|afleiden|0.95
p:pubers he|bekritiseren|-0.98
p:pubers he|afleiden|1.92
p:pubers over|bekritiseren|-0.63
p:pubers over|etiketteren|-0.93
p:puberteit daar|moraliseren|-0.94
p:puberteit daar|afleiden|1.8
p:puberteit zit|geruststellen|-0.99
p:puinhoop van|argumenteren|-1.0
p:puinhoop van|bekritiseren|0.4
p:punt achter|afronding-aankondigen|0.87
p:punt achter|vervolgafspraak|-0.96
p:punt achter|bedanken|-0.96
p:punt blijven|ik-boodschap|0.98
p:punt hebben|vervolgafspraak|-0.96
p:pushende ouders|etiketteren|0.96
p:pws niet|open-vraag|-0.93
p:raakt u|aanmoediging|0.1
p:raken en|ik-boodschap|0.91
p:rapport komt|interpreteren|-1.0
p:rapport staan|ik-boodschap|0.84
p:rapport van|argumenteren|-0.84
p:rare opmerking|jij-boodschap|-0.73
p:ravi zo|bekritiseren|-0.96
p:ravi zo|interpreteren|0.96
p:reageert u|bekritiseren|-0.93
p:reageert veel|moraliseren|-0.99
p:reageert zijn|gevoelsreflectie|-1.0
p:reageert zijn|open-vraag|1.0
p:reageert zo|gevoelsreflectie|-0.99
p:reageren jullie|bekritiseren|0.94
p:reageren kan|waarschuwen|1.0
p:reageren kan|interpreteren|-1.0
p:reageren nooti|jij-boodschap|0.93
p:reageren nooti|bekritiseren|1.69
p:reageren op|bekritiseren|-0.91
p:recht heeft|jij-boodschap|-0.95
p:recht heeft|bekritiseren|-0.95
p:redelijk dus|vervolgafspraak|-0.86
p:redelijk mens|etiketteren|-0.94
p:redelijk op|parafrase|-0.92
p:regel dat|parafrase|0.91
p:regel dat|vervolgafspraak|0.91
p:regelen waar|adviseren|0.95
p:regelen we|afleiden|-0.94
p:regelmatig vergeet|vervolgafspraak|0.96
p:regels een|argumenteren|0.9
p:regels gelden|argumenteren|0.92
p:regels houden|bevelen|0.99
p:regels houden|waarschuwen|0.99
p:regels houden|argumenteren|-0.89
p:regels van|argumenteren|-0.89
p:regels zijn|argumenteren|2.87
p:regelt dan|geruststellen|-0.87
p:reglement mag|geruststellen|-0.98
p:reglement staat|argumenteren|0.72
p:reglement staat|bekritiseren|-0.91
p:reken op|prijzen|0.93
p:reken op|etiketteren|-0.97
p:rekenen dat|argumenteren|-0.93
p:rekenmachine niet|vervolgafspraak|0.92
p:rekenmachine vergeten|gevoelsreflectie|-0.86
p:rekenmachine vergeten|open-vraag|0.93
p:respect te|gevoelsreflectie|-0.96
p:respect voor|jij-boodschap|0.85
p:respect voor|bekritiseren|0.85
p:rest van|parafrase|0.94
p:rest van|open-vraag|-0.99
p:rest van|argumenteren|0.94
p:rest van|vervolgafspraak|0.96
p:rij zet|gevoelsreflectie|-0.83
p:rijtje het|samenvatting|0.99
p:rijtje het|vervolgafspraak|-0.99
p:rijtje zet|open-vraag|-0.93
p:rik zit|ik-boodschap|0.96
p:roept kunnen|ik-boodschap|0.95
p:roept kunnen|waarschuwen|-0.9
p:rollen bram|bevelen|0.84
p:ronden af|samenvatting|-0.98
p:ronden af|bedanken|0.88
p:ronden het|samenvatting|-0.94
p:ronden we|bedanken|-0.11
p:rondkrijgen en|bekritiseren|-0.91
p:ronduit onbeschoft|bekritiseren|0.12
p:rooster bij|ondervragen|-0.87
p:rooster voor|vervolgafspraak|-0.99
p:rot voor|gevoelsreflectie|1.0
p:rot voor|ondervragen|-1.0
p:rotmoment zijn|gevoelsreflectie|0.94
p:rotmoment zijn|etiketteren|-0.94
p:rusten ik|afronding-aankondigen|-0.93
p:rustig aan|bevelen|1.71
p:rustig de|jij-boodschap|-0.97
p:rustig door|gevoelsreflectie|-1.0
p:rustig door|aanmoediging|1.0
p:rustig even|aanmoediging|0.98
p:ruzie in|samenvatting|1.99
p:ruzie in|open-vraag|1.0
p:ruzie in|vervolgafspraak|-0.99
p:ruzie met|parafrase|0.98
p:ruzie met|open-vraag|-0.93
p:ruzie met|adviseren|-0.98
p:ruzietjes hebben|bekritiseren|-0.99
p:ruzietjes hebben|geruststellen|-0.99
p:ruzietjes hebben|afleiden|0.99
p:ruzietjes zijn|afleiden|1.88
p:saboteert de|bekritiseren|0.87
p:samen gekeken|jij-boodschap|0.97
p:samen gekeken|bekritiseren|0.82
p:samen hoe|ik-boodschap|-0.99
p:samen hoe|jij-boodschap|-0.82
p:samen hoe|samenvatting|0.99
p:samen hoe|vervolgafspraak|0.99
p:samen kijken|vervolgafspraak|0.82
p:samen met|ik-boodschap|-0.98
p:samen met|moraliseren|0.18
p:samen met|argumenteren|-0.96
p:samen met|interpreteren|-0.96
p:samen met|vervolgafspraak|0.96
p:samen met|bedanken|-0.97
p:samen oplossen|open-vraag|0.92
p:samen te|parafrase|-0.99
p:samen te|vervolgafspraak|-0.99
p:samen wat|samenvatting|0.9
p:samen wat|vervolgafspraak|0.9
p:samengevat daan|samenvatting|0.95
p:samengevat de|bedanken|-0.83
p:samengevat gaat|jij-boodschap|-0.9
p:samengevat gaat|bekritiseren|-0.9
p:samengevat het|moraliseren|-0.98
p:samengevat het|interpreteren|-0.98
p:samengevat komt|jij-boodschap|0.97
p:samengevat komt|samenvatting|-0.97
p:samengevat komt|bekritiseren|0.87
p:samengevat u|jij-boodschap|1.43
p:samengevat u|parafrase|-0.99
p:samengevat u|bekritiseren|1.67
p:samenvat in|parafrase|0.99
p:samenvat in|samenvatting|0.99
p:samenvat jayden|parafrase|-0.93
p:samenvat jayden|samenvatting|0.93
p:samenvat je|gevoelsreflectie|-0.95
p:samenvat je|samenvatting|0.83
p:samenvat wat|parafrase|0.86
p:samenvat wat|samenvatting|-0.94
p:samenvat wil|samenvatting|0.98
p:samenvatten je|parafrase|-0.97
p:samenvatten u|ik-boodschap|-0.78
p:samenvatten u|samenvatting|0.78
p:samenvatten u|bedanken|1.0
p:samenvattend de|samenvatting|0.94
p:samenvattend de|argumenteren|-0.97
p:samenvattend fleur|bedanken|0.7
p:samenvattend je|afronding-aankondigen|-0.93
p:samenvattend u|gevoelsreflectie|0.87
p:samenvattend u|samenvatting|0.98
p:samenvattend zijn|samenvatting|1.0
p:samenvattend zijn|open-vraag|-1.0
p:sanne wat|adviseren|-0.94
p:sara steeds|open-vraag|-0.95
p:schaamt je|ik-boodschap|-1.0
p:schaamt je|bevelen|-0.99
p:scheiding daar|interpreteren|0.83
p:scheiding dat|parafrase|-0.99
p:scheiding dat|interpreteren|0.99
p:schermtijd ?|gevoelsreflectie|-0.98
p:schieten we|ik-boodschap|0.98
p:schok voor|parafrase|-1.0
p:school ?|bevelen|-0.89
p:school ?|bekritiseren|-0.89
p:school af|waarschuwen|-0.92
p:school brengen|bevelen|0.97
p:school brengen|interpreteren|-0.97
p:school daaraan|parafrase|-0.93
p:school daaraan|samenvatting|0.93
p:school daarom|argumenteren|-0.99
p:school dat|moraliseren|0.96
p:school dat|argumenteren|-0.96
p:school dat|interpreteren|-0.19
p:school een|adviseren|-0.98
p:school eerder|open-vraag|-0.9
p:school en|samenvatting|0.96
p:school gaat|samenvatting|0.98
p:school gaat|bekritiseren|0.81
p:school gaat|bedanken|-0.99
p:school gestuurd|bekritiseren|0.92
p:school gewoon|argumenteren|-0.89
p:school het|interpreteren|0.99
p:school hoe|parafrase|0.92
p:school ik|samenvatting|0.92
p:school je|moraliseren|-0.99
p:school je|adviseren|0.99
p:school moet|argumenteren|0.93
p:school niet|gevoelsreflectie|-0.99
p:school niet|samenvatting|-0.99
p:school niet|geruststellen|-0.96
p:school niets|gevoelsreflectie|0.91
p:school op|moraliseren|0.95
p:school te|gevoelsreflectie|-0.98
p:school te|moraliseren|0.93
p:school te|bekritiseren|0.93
p:school toch|bekritiseren|-1.0
p:school tot|samenvatting|-0.95
p:school trekt|parafrase|-0.92
p:school u|parafrase|1.0
p:school wil|parafrase|0.87
p:school wil|gevoelsreflectie|0.98
p:school wil|moraliseren|-0.94
p:schoolarts kijken|vervolgafspraak|0.96
p:schoolochtend er|gevoelsreflectie|-0.96
p:schoolplein wil|afleiden|0.93
p:schoolreis hebben|moraliseren|-0.99
p:schoolreisje ?|parafrase|0.93
p:schorsing geldt|samenvatting|-0.93
p:schorsing heeft|parafrase|0.99
p:schorsing heeft|gevoelsreflectie|0.89
p:schrijft voor|argumenteren|0.79
p:schrik voor|gevoelsreflectie|0.91
p:schrikt ervan|gevoelsreflectie|0.99
p:schrok de|ik-boodschap|0.85
p:schrok ervan|afronding-aankondigen|-0.98
p:schrok ik|ik-boodschap|1.75
p:schrok ik|gevoelsreflectie|-0.95
p:schrok toen|aanmoediging|-0.99
p:schrok toen|vervolgafspraak|-0.99
p:schuift alles|waarschuwen|-0.92
p:schuift ook|vervolgafspraak|1.83
p:schuld aan|jij-boodschap|0.92
p:schuld aan|samenvatting|-0.92
p:schuld aan|bekritiseren|0.92
p:schuld dat|jij-boodschap|0.79
p:schuld dat|bekritiseren|0.96
p:schuld van|bekritiseren|0.99
p:schuldig voelt|jij-boodschap|-0.51
p:schuldig voelt|gevoelsreflectie|-0.99
p:schuldig voelt|argumenteren|-0.92
p:schuldig voelt|bekritiseren|-0.51
p:schuldig voelt|geruststellen|-0.89
p:sectie ik|bedanken|-0.83
p:sem de|geruststellen|-0.72
p:sem heeft|prijzen|-0.99
p:sem in|ik-boodschap|0.84
p:sem is|bekritiseren|-1.7
p:sem is|etiketteren|0.99
p:sem of|ik-boodschap|-0.98
p:sem of|adviseren|0.98
p:sem zijn|adviseren|-0.87
p:september in|ik-boodschap|-0.93
p:september in|argumenteren|1.0
p:september in|bekritiseren|-0.93
p:september in|afleiden|-0.93
p:september naar|argumenteren|1.0
p:serieus en|ik-boodschap|0.88
p:serieus genomen|gevoelsreflectie|1.0
p:sfeer in|ik-boodschap|-0.88
p:sfeer in|jij-boodschap|0.88
p:sfeer in|samenvatting|0.94
p:sfeer in|bekritiseren|0.88
p:simpel is|argumenteren|0.99
p:simpel wie|argumenteren|0.93
p:sinds bas|ik-boodschap|0.96
p:sinds de|ik-boodschap|2.91
p:sinds de|jij-boodschap|-0.94
p:sinds de|gevoelsreflectie|-1.0
p:sinds de|samenvatting|-1.0
p:sinds de|open-vraag|-1.0
p:sinds de|bevelen|-0.82
p:sinds de|bekritiseren|-1.76
p:sinds je|ik-boodschap|0.92
p:sinds je|samenvatting|-0.81
p:sinds september|ik-boodschap|-0.93
p:sinds september|bekritiseren|-0.93
p:sinds september|afleiden|-0.93
p:situatie voor|argumenteren|-0.98
p:situatie voor|afronding-aankondigen|-0.98
p:slaap belangrijk|argumenteren|0.99
p:slaap en|gevoelsreflectie|-0.83
p:slaap en|samenvatting|1.0
p:slaap en|open-vraag|1.0
p:slaap je|ik-boodschap|0.98
p:slaap je|bekritiseren|-0.8
p:slaapt en|ik-boodschap|0.91
p:slaapt en|adviseren|0.8
p:slaapt slecht|parafrase|-0.99
p:slaapt slecht|samenvatting|0.96
p:slaapt slecht|aanmoediging|-0.99
p:slaapt slecht|vervolgafspraak|-0.99
p:slaat ech|jij-boodschap|-0.9
p:slaat nergens|argumenteren|0.94
p:slaat nergens|bekritiseren|0.94
p:slapen wat|aanmoediging|-0.98
p:slecht concentreren|vervolgafspraak|0.96
p:slecht hij|parafrase|-0.99
p:slecht hij|vervolgafspraak|-0.99
p:slecht je|samenvatting|0.96
p:slecht van|ik-boodschap|-0.95
p:slechte nachtrust|open-vraag|-0.93
p:slechte ouder|geruststellen|1.85
p:slim om|adviseren|0.94
p:slimme jongen|waarschuwen|-0.82
p:slimme jongen|prijzen|0.9
p:slimme meid|prijzen|1.0
p:slimme meid|ondervragen|-0.91
p:slimme vrouw|prijzen|0.94
p:slimste van|adviseren|-0.97
p:slimste van|prijzen|0.97
p:slimste van|afleiden|-0.97
p:slordig werkstuk|bekritiseren|0.81
p:slordige meid|bekritiseren|-0.79
p:sluit af|adviseren|-0.96
p:sluit af|vervolgafspraak|0.96
p:sluiten af|vervolgafspraak|-0.97
p:sluiten we|prijzen|-0.98
p:sluiten we|afronding-aankondigen|0.98
p:sluiten we|bedanken|0.7
p:smit en|bevelen|0.94
p:smit en|waarschuwen|-0.94
p:snap dat|gevoelsreflectie|0.93
p:snap dat|bevelen|0.65
p:snap dat|adviseren|0.72
p:snap dat|geruststellen|0.92
p:snap dat|afleiden|-0.9
p:snap had|parafrase|0.98
p:snap ik|parafrase|-0.87
p:snap ik|gevoelsreflectie|0.93
p:snap ik|prijzen|-0.98
p:snap ik|geruststellen|0.93
p:snap u|parafrase|0.93
p:snap u|samenvatting|-0.84
p:snap uw|vervolgafspraak|-1.0
p:snapchat en|moraliseren|-0.98
p:snapchat en|interpreteren|-0.98
p:snapt best|waarschuwen|-0.82
p:snapt dat|prijzen|0.97
p:snapt de|ik-boodschap|1.0
p:snapt het|jij-boodschap|1.0
p:snapt vast|jij-boodschap|-1.0
p:snapt vast|prijzen|1.93
p:snapt vast|interpreteren|-1.0
p:snapt vast|ondervragen|-0.91
p:snel de|parafrase|0.97
p:snel gaat|ik-boodschap|-0.97
p:snel gaat|parafrase|0.99
p:snel gaat|bekritiseren|-0.99
p:snel kon|jij-boodschap|-0.91
p:snel kon|vervolgafspraak|-0.92
p:sneller gebeld|parafrase|-0.99
p:soms net|jij-boodschap|1.68
p:soms net|etiketteren|1.31
p:soort mails|bekritiseren|1.57
p:soort mails|geruststellen|-0.91
p:soort ruzietjes|afleiden|1.88
p:sophie bang|gevoelsreflectie|0.98
p:sorry zegt|waarschuwen|-0.99
p:spannend ?|parafrase|-1.0
p:spannend ?|open-vraag|1.0
p:spannend ?|vervolgafspraak|-1.0
p:spijbelen en|ik-boodschap|-0.93
p:spreek de|bekritiseren|-0.71
p:spreek morgen|samenvatting|-0.78
p:spreken af|samenvatting|1.0
p:spreken af|vervolgafspraak|1.0
p:spreken dus|ik-boodschap|-0.99
p:spreken dus|jij-boodschap|-0.82
p:spreken dus|samenvatting|0.99
p:spreken dus|vervolgafspraak|0.99
p:spreken elkaar|vervolgafspraak|-0.94
p:spullen en|ik-boodschap|-1.0
p:spullen en|waarschuwen|-1.0
p:spullen vergeet|ik-boodschap|0.96
p:spullen vergeet|afronding-aankondigen|-0.98
p:sta jij|ik-boodschap|0.93
p:staan al|ik-boodschap|-0.93
p:staan al|bekritiseren|-0.93
p:staan al|afleiden|-0.93
p:staan moet|ik-boodschap|0.84
p:staat al|argumenteren|1.66
p:staat dat|argumenteren|0.95
p:staat het|ik-boodschap|-0.91
p:staat het|samenvatting|-0.93
p:staat het|argumenteren|0.91
p:staat op|samenvatting|-0.9
p:staat op|waarschuwen|0.94
p:staat op|argumenteren|-1.7
p:staat struikelen|geruststellen|-0.94
p:staat voor|argumenteren|-0.84
p:stage en|jij-boodschap|-0.91
p:stage hebben|afleiden|0.91
p:stage je|bekritiseren|-0.98
p:star hij|etiketteren|-1.0
p:staren wat|ik-boodschap|-0.85
p:steeds ?|prijzen|-0.97
p:steeds ?|ondervragen|0.75
p:steeds afweten|bekritiseren|0.94
p:steeds apart|ik-boodschap|0.97
p:steeds beter|bekritiseren|-0.94
p:steeds de|samenvatting|-0.99
p:steeds door|ik-boodschap|0.95
p:steeds en|bekritiseren|0.98
p:steeds haar|open-vraag|0.97
p:steeds het|jij-boodschap|0.98
p:steeds het|bekritiseren|0.98
p:steeds liggen|etiketteren|-0.99
p:steeds mee|jij-boodschap|0.98
p:steeds naar|ik-boodschap|-0.85
p:steeds niks|ik-boodschap|-0.89
p:steeds niks|jij-boodschap|0.91
p:steeds niks|bekritiseren|0.91
p:steeds onderbreken|bedanken|-0.51
p:steeds over|ik-boodschap|0.98
p:steeds stiller|open-vraag|-0.95
p:steeds thuis|ik-boodschap|0.99
p:steeds vaker|gevoelsreflectie|-0.96
p:steeds van|jij-boodschap|-0.41
p:steeds ziek|argumenteren|-0.99
p:steek gelaten|parafrase|-1.0
p:steek gelaten|samenvatting|-1.0
p:steek gelaten|bedanken|-1.0
p:stel je|etiketteren|0.98
p:stel voor|ik-boodschap|-1.0
p:stel voor|afronding-aankondigen|0.13
p:stel voor|bedanken|-1.0
p:stelt echt|afleiden|0.93
p:stelt toch|afleiden|0.75
p:stelt u|jij-boodschap|0.98
p:stelt u|bekritiseren|0.98
p:sterk omdat|interpreteren|0.95
p:steunen bij|ik-boodschap|-0.93
p:stiefvader ?|aanmoediging|-0.99
p:stil is|bekritiseren|-0.96
p:stil is|interpreteren|0.96
p:stil is|ondervragen|-0.94
p:stil van|ik-boodschap|-0.94
p:stil van|open-vraag|-1.0
p:stil van|aanmoediging|-1.0
p:stiller is|ik-boodschap|-0.98
p:stiller is|open-vraag|1.0
p:stiller wordt|open-vraag|-0.95
p:stoeien kan|ik-boodschap|0.91
p:stoer omdat|moraliseren|-0.95
p:stoer omdat|adviseren|-0.98
p:stoer omdat|prijzen|-0.97
p:stoer omdat|etiketteren|-0.98
p:stoer te|interpreteren|1.81
p:stof niet|ik-boodschap|1.0
p:stond al|bevelen|-0.69
p:stop daarmee|bekritiseren|-0.87
p:stop ik|bevelen|0.95
p:stop ik|waarschuwen|0.95
p:stop nu|argumenteren|-0.98
p:stoppen donderdag|vervolgafspraak|0.89
p:stoppen en|vervolgafspraak|0.9
p:stoppen er|afronding-aankondigen|0.93
p:stoppen er|vervolgafspraak|0.93
p:stoppen er|bedanken|0.78
p:stoppen voor|bedanken|-0.9
p:stopt ga|jij-boodschap|-0.93
p:stopt met|gevoelsreflectie|-0.98
p:stopt met|bevelen|0.98
p:strafwerk geven|waarschuwen|-0.81
p:straks alleen|ik-boodschap|0.93
p:straks even|vervolgafspraak|-1.86
p:straks even|bedanken|-1.0
p:straks geschorst|bevelen|-0.99
p:straks gewoon|geruststellen|0.73
p:straks zijn|waarschuwen|0.97
p:straks zit|waarschuwen|0.97
p:straks zit|prijzen|-0.97
p:streng moeten|geruststellen|-0.99
p:strenger was|bekritiseren|0.68
p:structuur nodig|moraliseren|0.95
p:structuur thuis|samenvatting|0.92
p:structuur thuis|adviseren|-0.98
p:struikelen er|geruststellen|-0.94
p:stuk chagrijn|jij-boodschap|-0.89
p:stuk chagrijn|prijzen|-0.95
p:stuk chagrijn|etiketteren|1.55
p:sturen ?|jij-boodschap|0.98
p:sturen ?|bekritiseren|0.98
p:sturen is|bekritiseren|1.57
p:sturen is|geruststellen|-0.91
p:stuur en|argumenteren|-0.94
p:stuur en|vervolgafspraak|-0.82
p:stuur ik|adviseren|-0.96
p:stuur ik|vervolgafspraak|0.96
p:stuur je|waarschuwen|1.0
p:stuur u|ik-boodschap|-0.83
p:stuur u|bevelen|-0.95
p:stuur u|vervolgafspraak|0.83
p:stuurde was|bekritiseren|0.12
p:sven gaan|adviseren|0.99
p:t nu|aanmoediging|-0.99
p:taak om|jij-boodschap|-0.99
p:taak om|adviseren|-0.94
p:taak om|bekritiseren|-0.99
p:tafel dank|samenvatting|0.95
p:tafel dank|afronding-aankondigen|0.95
p:tafel dank|bedanken|0.84
p:tafel gaan|afronding-aankondigen|-0.87
p:tafel houdt|waarschuwen|-0.98
p:tafel legt|open-vraag|0.97
p:tas van|geruststellen|-0.94
p:te bellen|jij-boodschap|-0.93
p:te belonen|ik-boodschap|-0.95
p:te bieden|bevelen|-0.57
p:te brengen|ik-boodschap|-0.72
p:te discussiëren|waarschuwen|-0.99
p:te doen|bekritiseren|0.92
p:te doen|interpreteren|1.81
p:te druk|afronding-aankondigen|-0.93
p:te gaan|jij-boodschap|0.97
p:te gaan|gevoelsreflectie|0.98
p:te gaan|moraliseren|-0.95
p:te gaan|bekritiseren|0.1
p:te gamen|jij-boodschap|0.95
p:te gamen|bekritiseren|0.48
p:te gamen|ondervragen|0.98
p:te gapen|ik-boodschap|0.98
p:te gapen|bekritiseren|-0.8
p:te gek|afleiden|-0.96
p:te hebben|gevoelsreflectie|-0.96
p:te heftig|moraliseren|-0.99
p:te horen|samenvatting|-0.16
p:te horen|adviseren|0.87
p:te horen|bekritiseren|-0.95
p:te horen|etiketteren|-0.96
p:te horen|vervolgafspraak|0.92
p:te horen|bedanken|1.0
p:te houden|moraliseren|0.95
p:te houden|argumenteren|0.9
p:te imponeren|waarschuwen|-0.97
p:te imponeren|moraliseren|-0.97
p:te imponeren|ondervragen|-0.97
p:te klieren|bekritiseren|1.0
p:te klieren|interpreteren|-1.0
p:te komen|moraliseren|0.94
p:te krijgen|parafrase|-0.89
p:te krijgen|adviseren|-0.7
p:te krijgen|bekritiseren|-0.95
p:te laag|parafrase|0.92
p:te laag|argumenteren|0.92
p:te laat|jij-boodschap|-0.98
p:te laat|parafrase|-0.93
p:te laat|gevoelsreflectie|-0.95
p:te laat|samenvatting|0.84
p:te laat|open-vraag|-0.93
p:te laat|aanmoediging|-1.0
p:te laat|adviseren|-0.92
p:te laat|argumenteren|0.9
p:te laat|bekritiseren|-0.33
p:te laat|geruststellen|-0.98
p:te laat|ondervragen|-0.95
p:te lang|bekritiseren|1.42
p:te laten|ik-boodschap|0.89
p:te laten|adviseren|0.34
p:te laten|bekritiseren|-0.25
p:te laten|interpreteren|0.91
p:te leggen|bevelen|0.96
p:te leggen|adviseren|0.94
p:te leren|adviseren|-0.99
p:te leren|bekritiseren|0.95
p:te leren|etiketteren|0.99
p:te lichten|bevelen|-0.63
p:te liggen|moraliseren|0.98
p:te liggen|bekritiseren|-0.61
p:te lui|adviseren|-0.99
p:te lui|bekritiseren|1.87
p:te lui|etiketteren|0.99
p:te maken|waarschuwen|0.85
p:te maken|moraliseren|1.0
p:te maken|geruststellen|-0.24
p:te makkelijk|bekritiseren|-2.45
p:te makkelijk|interpreteren|0.91
p:te moeilijk|open-vraag|0.98
p:te moeilijk|argumenteren|0.94
p:te moeilijk|bedanken|-0.83
p:te nemen|gevoelsreflectie|-0.86
p:te nemen|open-vraag|0.93
p:te nemen|bevelen|-0.95
p:te regelen|adviseren|0.95
p:te regelen|bedanken|-0.92
p:te rollen|bevelen|0.84
p:te ronden|geruststellen|-1.0
p:te ronden|afleiden|-1.0
p:te ronden|afronding-aankondigen|1.0
p:te snel|parafrase|1.96
p:te snel|bekritiseren|-0.99
p:te spelen|jij-boodschap|0.9
p:te spelen|bekritiseren|2.08
p:te staan|moraliseren|0.93
p:te staan|bekritiseren|0.93
p:te staren|ik-boodschap|-0.85
p:te stellen|moraliseren|0.99
p:te stellen|bekritiseren|0.5
p:te steunen|ik-boodschap|-0.93
p:te steunen|argumenteren|-0.89
p:te sturen|jij-boodschap|-0.99
p:te sturen|bevelen|-0.97
p:te sturen|bekritiseren|-0.99
p:te tillen|moraliseren|-0.94
p:te tillen|afleiden|1.8
p:te tornen|afleiden|-0.77
p:te vatten|parafrase|-0.99
p:te vatten|vervolgafspraak|-0.99
p:te veel|jij-boodschap|0.15
p:te veel|gevoelsreflectie|0.86
p:te veel|bekritiseren|0.31
p:te veel|prijzen|-1.0
p:te verbergen|interpreteren|0.98
p:te verdoen|jij-boodschap|0.98
p:te verdoen|samenvatting|-0.98
p:te verdoen|bevelen|-0.98
p:te verdoen|bekritiseren|1.74
p:te vertrouwen|bekritiseren|0.47
p:te voeden|bekritiseren|0.65
p:te vragen|bekritiseren|-0.69
p:te vroeg|parafrase|0.98
p:te vroeg|adviseren|-0.98
p:te weinig|ik-boodschap|-0.97
p:te weinig|gevoelsreflectie|-0.98
p:te werken|interpreteren|-0.82
p:te weten|bekritiseren|-0.93
p:te weten|afleiden|-0.94
p:te zeggen|moraliseren|-0.98
p:te zeggen|interpreteren|-0.98
p:te zeggen|afronding-aankondigen|-0.98
p:te zien|ik-boodschap|1.67
p:te zien|jij-boodschap|-0.95
p:te zien|bekritiseren|-0.95
p:te zijn|waarschuwen|-0.97
p:te zijn|moraliseren|0.99
p:te zijn|argumenteren|-0.9
p:te zijn|interpreteren|-0.99
p:te zijn|geruststellen|1.96
p:te zitten|parafrase|-0.86
p:te zoeken|open-vraag|-1.0
p:te zoeken|adviseren|1.0
p:teamleider erbij|parafrase|0.91
p:teamleider erbij|vervolgafspraak|0.91
p:tegelijk praten|ik-boodschap|0.9
p:tegen de|bekritiseren|0.62
p:tegen een|moraliseren|0.98
p:tegen haar|gevoelsreflectie|0.93
p:tegen haar|adviseren|0.73
p:tegen je|bevelen|1.93
p:tegen je|waarschuwen|-0.99
p:tegen jou|jij-boodschap|0.92
p:tegen jou|samenvatting|-0.92
p:tegen jou|bekritiseren|0.92
p:tegen me|gevoelsreflectie|-0.77
p:tegen mevrouw|bekritiseren|-1.52
p:tegen mij|gevoelsreflectie|0.85
p:tegen mij|waarschuwen|0.81
p:tegen mij|ondervragen|0.92
p:tegen mijn|bekritiseren|-2.28
p:tegen u|bekritiseren|0.5
p:tegenaan bij|open-vraag|0.94
p:tegenovergestelde van|jij-boodschap|0.98
p:tegenovergestelde van|bekritiseren|0.98
p:tegenwoordig veel|ik-boodschap|-0.95
p:tekening heeft|etiketteren|-0.68
p:telefoon 's|adviseren|1.92
p:telefoon afgaat|parafrase|-0.99
p:telefoon doet|bekritiseren|-1.5
p:telefoon eens|ik-boodschap|0.98
p:telefoon eens|bekritiseren|-0.8
p:telefoon en|samenvatting|0.99
p:telefoon en|aanmoediging|-0.98
p:telefoon en|vervolgafspraak|-0.99
p:telefoon inleveren|waarschuwen|-0.86
p:telefoon niet|ik-boodschap|-0.92
p:telefoon niet|waarschuwen|1.84
p:telefoon nog|samenvatting|-0.99
p:telefoon nog|adviseren|-0.99
p:telefoon onder|waarschuwen|-0.98
p:telefoon te|jij-boodschap|0.9
p:telefoon te|bekritiseren|2.08
p:telefoon weg|bevelen|0.83
p:telefoongesprek niets|vervolgafspraak|-0.92
p:telefoonnummer kan|open-vraag|-0.91
p:telefoons de|argumenteren|0.96
p:telefoons in|bevelen|0.93
p:teleur u|jij-boodschap|0.98
p:teleur u|bekritiseren|0.98
p:teleurgesteld bent|gevoelsreflectie|0.98
p:teleurgesteld bent|open-vraag|-0.9
p:teleurgesteld dat|parafrase|0.99
p:teleurgesteld dat|gevoelsreflectie|0.89
p:teleurgesteld in|jij-boodschap|0.93
p:teleurgesteld in|open-vraag|-1.0
p:teleurgesteld in|bekritiseren|0.93
p:teleurgesteld in|interpreteren|-1.0
p:teleurgesteld samengevat|bedanken|-0.83
p:teleurgesteld want|jij-boodschap|-1.0
p:teleurgesteld want|waarschuwen|-1.0
p:teleurgesteld want|bekritiseren|-1.0
p:tenminste goed|afleiden|0.91
p:terecht echt|geruststellen|0.92
p:terug en|parafrase|-0.92
p:terug hij|parafrase|-0.93
p:terug hij|samenvatting|0.93
p:terug is|geruststellen|-0.99
p:terug van|vervolgafspraak|-0.91
p:terwijl u|moraliseren|0.99
p:terwijl u|bekritiseren|0.5
p:tess haar|vervolgafspraak|0.96
p:tess hoe|ik-boodschap|-0.98
p:tess stiller|open-vraag|1.0
p:tevoren aangekondigd|geruststellen|-0.92
p:thanks voor|afronding-aankondigen|-1.0
p:thanks voor|bedanken|1.0
p:thijs de|ik-boodschap|0.89
p:thnx voor|bedanken|0.99
p:thuis ?|open-vraag|2.91
p:thuis ?|adviseren|-0.87
p:thuis ?|bekritiseren|-0.99
p:thuis ?|afleiden|-0.99
p:thuis echt|bekritiseren|-2.38
p:thuis een|ik-boodschap|0.78
p:thuis een|adviseren|0.87
p:thuis een|vervolgafspraak|0.92
p:thuis en|samenvatting|0.92
p:thuis en|adviseren|-0.98
p:thuis eruit|parafrase|-0.9
p:thuis gaat|parafrase|-0.92
p:thuis gebeurd|open-vraag|0.96
p:thuis gebeurt|gevoelsreflectie|-0.91
p:thuis gebeurt|bekritiseren|0.91
p:thuis gewoon|bevelen|-1.83
p:thuis gewoon|etiketteren|-1.0
p:thuis had|samenvatting|-0.95
p:thuis hard|bedanken|-0.93
p:thuis heel|open-vraag|-0.92
p:thuis helemaal|samenvatting|-0.98
p:thuis helemaal|bekritiseren|-0.98
p:thuis helpt|bekritiseren|0.99
p:thuis in|parafrase|0.92
p:thuis is|parafrase|-0.97
p:thuis kost|bedanken|0.7
p:thuis laat|ik-boodschap|0.99
p:thuis lukt|gevoelsreflectie|-0.99
p:thuis lukt|samenvatting|-0.99
p:thuis met|ik-boodschap|-0.78
p:thuis met|samenvatting|0.78
p:thuis niet|ik-boodschap|-0.98
p:thuis niet|parafrase|0.87
p:thuis niet|gevoelsreflectie|0.98
p:thuis niet|samenvatting|0.95
p:thuis niet|moraliseren|-0.98
p:thuis niet|interpreteren|-0.98
p:thuis niets|jij-boodschap|-0.98
p:thuis nooit|adviseren|0.94
p:thuis nooit|bekritiseren|1.1
p:thuis nooit|prijzen|-0.94
p:thuis op|bekritiseren|-0.71
p:thuis opgevangen|gevoelsreflectie|0.82
p:thuis over|gevoelsreflectie|-0.98
p:thuis te|interpreteren|0.94
p:thuis van|samenvatting|0.98
p:thuis veel|bekritiseren|0.24
p:thuis vergeet|vervolgafspraak|-0.92
p:thuis wat|bekritiseren|0.68
p:thuis wat|interpreteren|0.91
p:thuis wel|moraliseren|-0.96
p:thuis wel|geruststellen|-0.96
p:thuis zwaar|gevoelsreflectie|0.95
p:thuisgehouden ?|bekritiseren|0.93
p:tien minuten|ik-boodschap|0.99
p:tien minuten|afronding-aankondigen|-0.95
p:tien uur|ik-boodschap|0.98
p:tien uur|waarschuwen|-0.83
p:tien uur|moraliseren|0.98
p:tijd brengt|bevelen|0.94
p:tijd dat|ik-boodschap|0.99
p:tijd deed|moraliseren|0.86
p:tijd dus|vervolgafspraak|-0.93
p:tijd geüpload|geruststellen|-0.72
p:tijd heen|adviseren|-0.96
p:tijd heen|vervolgafspraak|0.17
p:tijd hoe|open-vraag|1.0
p:tijd hoor|bevelen|-1.62
p:tijd ik|aanmoediging|0.98
p:tijd in|afleiden|-0.99
p:tijd is|ik-boodschap|-1.0
p:tijd is|afronding-aankondigen|1.0
p:tijd is|bedanken|-1.0
p:tijd met|bevelen|0.84
p:tijd naar|adviseren|-0.94
p:tijd naar|interpreteren|-0.97
p:tijd niet|adviseren|-0.87
p:tijd om|geruststellen|-1.0
p:tijd om|afleiden|-1.0
p:tijd om|afronding-aankondigen|1.0
p:tijd over|open-vraag|-0.99
p:tijd te|jij-boodschap|0.98
p:tijd te|samenvatting|-0.98
p:tijd te|bevelen|-0.98
p:tijd te|waarschuwen|-0.97
p:tijd te|moraliseren|0.94
p:tijd te|bekritiseren|1.74
p:tijd uit|parafrase|-0.89
p:tijd uit|bekritiseren|-0.95
p:tijd wegbrengen|bevelen|0.53
p:tijd wisselend|afronding-aankondigen|-0.99
p:tijdens het|open-vraag|-0.97
p:tja bedankt|bekritiseren|2.33
p:tja bedankt|bedanken|-1.59
p:tja maar|open-vraag|-0.96
p:tja maar|afleiden|0.96
p:tja pubers|bekritiseren|-0.98
p:tja pubers|afleiden|0.98
p:toch ?|bekritiseren|-1.0
p:toch ?|prijzen|1.0
p:toch ?|geruststellen|-0.87
p:toch begrijpen|prijzen|-0.9
p:toch de|ik-boodschap|-0.93
p:toch een|jij-boodschap|1.7
p:toch een|waarschuwen|-0.82
p:toch een|moraliseren|-0.92
p:toch geen|geruststellen|-0.99
p:toch geen|afleiden|0.99
p:toch ingeleverd|afleiden|-0.71
p:toch logisch|moraliseren|-0.98
p:toch logisch|adviseren|-1.0
p:toch logisch|argumenteren|0.98
p:toch logisch|prijzen|-1.0
p:toch makkelijk|prijzen|0.9
p:toch moeten|moraliseren|0.94
p:toch niet|ik-boodschap|0.99
p:toch niet|argumenteren|-0.92
p:toch niet|afleiden|1.85
p:toch niks|afleiden|0.75
p:toch ook|moraliseren|0.95
p:toch ook|argumenteren|-1.68
p:toch te|afleiden|-0.96
p:toch vertelt|bedanken|0.99
p:toch zo'n|prijzen|1.0
p:toe ?|samenvatting|-0.95
p:toe gaat|samenvatting|1.0
p:toe gaat|open-vraag|1.0
p:toe kwam|ik-boodschap|0.93
p:toe te|bevelen|-0.63
p:toe thuis|parafrase|-0.92
p:toegeven dat|interpreteren|0.97
p:toen ?|open-vraag|-1.0
p:toen ?|aanmoediging|0.99
p:toen ?|etiketteren|-1.0
p:toen ?|ondervragen|-1.0
p:toen ging|jij-boodschap|-0.85
p:toen hij|ik-boodschap|-0.8
p:toen hij|etiketteren|-0.38
p:toen ik|aanmoediging|-0.99
p:toen ik|vervolgafspraak|-0.99
p:toen je|ik-boodschap|1.65
p:toen je|vervolgafspraak|-0.96
p:toen leek|jij-boodschap|0.97
p:toen leek|bekritiseren|0.82
p:toen voor|parafrase|0.96
p:toets is|geruststellen|-0.92
p:toets mist|argumenteren|0.87
p:toets niet|ik-boodschap|0.78
p:toets niet|adviseren|0.87
p:toets niet|vervolgafspraak|0.92
p:toets te|parafrase|1.92
p:toets te|open-vraag|0.98
p:toets te|adviseren|-0.98
p:toets te|argumenteren|0.94
p:toets was|bedanken|-0.83
p:toets zelf|interpreteren|-0.78
p:toetsdatum stond|bevelen|-0.69
p:toetsen ?|open-vraag|0.94
p:toetsen onvoldoende|parafrase|-0.92
p:toetsen opschrijft|ik-boodschap|0.95
p:toetsen te|parafrase|-0.97
p:toetsweek al|argumenteren|1.0
p:toetsweek begint|argumenteren|-0.91
p:toetsweek contact|vervolgafspraak|1.0
p:toetsweek een|vervolgafspraak|0.98
p:toetsweek heel|ik-boodschap|0.84
p:toetsweek vastligt|argumenteren|0.85
p:toevoegen ?|samenvatting|1.0
p:toevoegen ?|open-vraag|1.0
p:tof dat|ik-boodschap|0.93
p:tolk en|ik-boodschap|0.9
p:tolk erbij|vervolgafspraak|0.9
p:tolk goed|ik-boodschap|-0.99
p:tolk goed|parafrase|0.99
p:tom gepest|interpreteren|0.81
p:toon is|bekritiseren|0.98
p:toont in|jij-boodschap|1.78
p:toont in|bekritiseren|1.24
p:top dat|bedanken|0.51
p:tot afspraken|bedanken|-0.51
p:tot het|ik-boodschap|-0.92
p:tot het|waarschuwen|0.92
p:tot hoe|ondervragen|0.98
p:tot middernacht|moraliseren|0.99
p:tot middernacht|bekritiseren|0.5
p:tot nu|parafrase|-0.92
p:tot nu|open-vraag|1.0
p:tot twaalf|moraliseren|-0.98
p:tot twaalf|argumenteren|0.98
p:tot twee|bekritiseren|-0.46
p:tot ziens|bedanken|0.94
p:totaal niet|bekritiseren|0.99
p:trap was|ik-boodschap|0.94
p:trekt je|samenvatting|-0.93
p:trekt ze|parafrase|-0.92
p:trekt zich|etiketteren|-0.98
p:trimester vier|prijzen|-0.99
p:trots hij|jij-boodschap|-0.53
p:trots hij|bekritiseren|-0.68
p:trouwens de|afleiden|0.99
p:trouwens met|afleiden|0.98
p:trouwens vandaag|bekritiseren|-0.98
p:trouwens vandaag|afleiden|0.98
p:tussen haar|aanmoediging|-0.99
p:tv op|ondervragen|0.83
p:tv op|vervolgafspraak|-0.9
p:twaalf uur|moraliseren|-0.98
p:twaalf uur|argumenteren|0.98
p:twee dagen|samenvatting|-0.93
p:twee dingen|samenvatting|1.0
p:twee dingen|open-vraag|-1.0
p:twee keer|ik-boodschap|-0.89
p:twee keer|gevoelsreflectie|-0.86
p:twee keer|etiketteren|-0.93
p:twee uur|bekritiseren|-0.46
p:twee weken|ik-boodschap|1.71
p:twee weken|jij-boodschap|-0.93
p:twee weken|parafrase|-0.91
p:twee weken|samenvatting|-0.9
p:twee weken|adviseren|0.87
p:twee weken|argumenteren|0.95
p:twee weken|interpreteren|-1.0
p:twee weken|geruststellen|-0.92
p:twee weken|afronding-aankondigen|-0.99
p:twee weken|vervolgafspraak|1.81
p:twee weken|bedanken|-0.71
p:twee zorgen|gevoelsreflectie|-0.83
p:tweede is|afleiden|1.85
p:tweede klas|moraliseren|-0.94
p:tweede klas|afleiden|-0.93
p:tweede stelt|gevoelsreflectie|0.98
p:tweede stelt|afleiden|0.75
p:typisch zo'n|etiketteren|0.93
p:typische curlingouder|interpreteren|-0.94
p:typische helikopterouders|jij-boodschap|0.96
p:u ?|open-vraag|0.98
p:u achter|moraliseren|0.93
p:u achter|bekritiseren|0.93
p:u allemaal|gevoelsreflectie|0.86
p:u als|jij-boodschap|-0.95
p:u als|parafrase|-0.92
p:u als|aanmoediging|-0.98
p:u als|moraliseren|0.99
p:u als|bekritiseren|-0.45
p:u alstublieft|aanmoediging|-0.94
p:u alstublieft|bevelen|1.0
p:u altijd|bekritiseren|1.87
p:u altijd|ondervragen|-0.95
p:u bang|bevelen|-0.94
p:u bedoelt|jij-boodschap|-0.97
p:u bedoelt|parafrase|0.98
p:u bedoelt|adviseren|-0.98
p:u begrijpt|moraliseren|-1.0
p:u begrijpt|geruststellen|-0.99
p:u belt|samenvatting|0.95
p:u belt|bevelen|0.74
p:u belt|bekritiseren|0.69
p:u belt|prijzen|-0.93
p:u belt|afronding-aankondigen|0.95
p:u belt|bedanken|0.84
p:u bemoeit|gevoelsreflectie|-0.76
p:u bemoeit|bekritiseren|1.47
p:u bent|jij-boodschap|-1.62
p:u bent|parafrase|1.89
p:u bent|gevoelsreflectie|1.84
p:u bent|open-vraag|-1.0
p:u bent|aanmoediging|-1.0
p:u bent|waarschuwen|-0.81
p:u bent|adviseren|0.98
p:u bent|bekritiseren|0.56
p:u bent|prijzen|0.99
p:u bent|etiketteren|0.95
p:u bent|interpreteren|1.01
p:u bent|geruststellen|-1.93
p:u bent|ondervragen|-1.0
p:u bent|vervolgafspraak|-0.86
p:u bent|bedanken|-0.83
p:u beschermt|interpreteren|0.95
p:u boos|ik-boodschap|0.89
p:u boos|parafrase|-0.99
p:u boos|gevoelsreflectie|1.85
p:u boos|afleiden|1.85
p:u daar|parafrase|1.79
p:u daar|gevoelsreflectie|0.98
p:u daar|samenvatting|1.98
p:u daar|open-vraag|0.92
p:u daarna|samenvatting|-0.78
p:u daarna|bedanken|-0.97
p:u daartegenaan|jij-boodschap|-0.95
p:u daartegenaan|bekritiseren|-0.95
p:u daarvan|ik-boodschap|0.95
p:u daarvan|open-vraag|0.97
p:u daarvan|ondervragen|-0.98
p:u dan|samenvatting|-0.98
p:u dan|bekritiseren|-0.98
p:u dan|interpreteren|0.69
p:u dankbaar|bedanken|0.54
p:u dat|ik-boodschap|0.83
p:u dat|gevoelsreflectie|-0.93
p:u dat|open-vraag|1.95
p:u dat|adviseren|-0.87
p:u dat|bekritiseren|-1.3
p:u dat|prijzen|0.98
p:u dat|interpreteren|-1.98
p:u dat|geruststellen|-0.87
p:u dat|vervolgafspraak|-0.92
p:u dat|bedanken|0.93
p:u de|ik-boodschap|-0.99
p:u de|parafrase|0.99
p:u de|gevoelsreflectie|-0.98
p:u de|samenvatting|-0.95
p:u de|open-vraag|-0.98
p:u de|adviseren|0.94
p:u de|ondervragen|1.02
p:u denkt|gevoelsreflectie|-0.93
p:u denkt|geruststellen|0.9
p:u dinsdag|bedanken|0.88
p:u dit|jij-boodschap|-0.98
p:u dit|waarschuwen|0.88
p:u dit|bekritiseren|-1.77
p:u dit|geruststellen|-0.98
p:u dit|bedanken|0.93
p:u doen|waarschuwen|1.0
p:u doen|interpreteren|-1.0
p:u doet|jij-boodschap|0.98
p:u doet|bekritiseren|1.97
p:u doet|geruststellen|2.4
p:u donderdag|parafrase|-1.0
p:u donderdag|afronding-aankondigen|-0.98
p:u donderdag|vervolgafspraak|1.0
p:u door|waarschuwen|1.71
p:u echt|bekritiseren|-0.61
p:u een|ik-boodschap|-0.99
p:u een|open-vraag|1.0
p:u een|adviseren|-0.96
p:u een|prijzen|0.93
p:u een|geruststellen|0.85
p:u een|vervolgafspraak|0.96
p:u eens|ik-boodschap|0.91
p:u eens|parafrase|-0.9
p:u eens|gevoelsreflectie|0.95
p:u eens|open-vraag|0.88
p:u eens|adviseren|-0.13
p:u eerlijk|bedanken|0.92
p:u eerst|prijzen|-0.98
p:u eigenlijk|afleiden|-0.87
p:u eigenlijk|bedanken|-0.99
p:u eindelijk|jij-boodschap|1.67
p:u eindelijk|bekritiseren|1.67
p:u er|ik-boodschap|-1.86
p:u er|jij-boodschap|-0.82
p:u er|gevoelsreflectie|-0.98
p:u er|bekritiseren|-1.12
p:u er|ondervragen|0.87
p:u er|vervolgafspraak|-0.92
p:u er|bedanken|-0.1
p:u ervoor|bevelen|1.0
p:u ervoor|argumenteren|-1.0
p:u ervoor|afronding-aankondigen|-1.0
p:u gaat|jij-boodschap|-0.64
p:u gaat|aanmoediging|0.98
p:u gaat|bevelen|1.0
p:u gaat|waarschuwen|-1.0
p:u gaat|prijzen|0.83
p:u gaat|vervolgafspraak|-0.86
p:u gebeld|parafrase|1.0
p:u gedraagt|bekritiseren|-0.93
p:u geeft|jij-boodschap|-0.98
p:u geeft|bekritiseren|0.92
p:u gekomen|prijzen|-0.83
p:u geschrokken|afleiden|-0.77
p:u gewoon|interpreteren|0.99
p:u geïrriteerd|bedanken|-0.99
p:u goed|samenvatting|-0.91
p:u goed|adviseren|-0.97
p:u goed|bekritiseren|-0.76
p:u goed|interpreteren|-0.91
p:u goed|vervolgafspraak|-0.9
p:u graag|jij-boodschap|-1.0
p:u haar|ik-boodschap|0.99
p:u had|parafrase|-0.9
p:u had|open-vraag|-0.9
p:u halverwege|ik-boodschap|1.0
p:u halverwege|adviseren|-1.0
p:u halverwege|ondervragen|-1.0
p:u halverwege|afleiden|-1.0
p:u halverwege|afronding-aankondigen|-1.0
p:u heeft|jij-boodschap|2.45
p:u heeft|parafrase|-0.89
p:u heeft|gevoelsreflectie|-0.94
p:u heeft|open-vraag|0.9
p:u heeft|bevelen|-0.91
p:u heeft|bekritiseren|0.9
p:u heeft|etiketteren|-1.0
p:u heeft|geruststellen|-0.78
p:u heeft|vervolgafspraak|-1.0
p:u helpen|gevoelsreflectie|0.76
p:u hem|jij-boodschap|1.13
p:u hem|aanmoediging|-1.0
p:u hem|bevelen|1.85
p:u hem|moraliseren|-0.98
p:u hem|adviseren|-0.95
p:u hem|bekritiseren|1.62
p:u hem|prijzen|-1.0
p:u hem|interpreteren|0.91
p:u het|jij-boodschap|-0.98
p:u het|parafrase|0.9
p:u het|gevoelsreflectie|-0.83
p:u het|open-vraag|0.99
p:u het|aanmoediging|1.8
p:u het|adviseren|0.22
p:u het|bekritiseren|-0.94
p:u het|ondervragen|0.86
p:u het|afleiden|0.98
p:u het|vervolgafspraak|0.95
p:u het|bedanken|0.99
p:u hier|gevoelsreflectie|0.76
p:u hier|geruststellen|-0.83
p:u hier|bedanken|0.99
p:u hoe|bekritiseren|-0.71
p:u hoeft|geruststellen|1.96
p:u hoor|parafrase|1.0
p:u hoor|gevoelsreflectie|-1.0
p:u hoor|vervolgafspraak|-0.92
p:u hoort|bekritiseren|-1.78
p:u houdt|bekritiseren|0.99
p:u houdt|prijzen|-0.98
p:u ingelicht|waarschuwen|-0.91
p:u is|parafrase|0.93
p:u klinkt|parafrase|-0.96
p:u klinkt|adviseren|-1.0
p:u kunt|adviseren|1.93
p:u laat|bevelen|-1.83
p:u laat|moraliseren|0.99
p:u laat|bekritiseren|0.74
p:u let|jij-boodschap|0.97
p:u let|bekritiseren|-0.5
p:u lijkt|open-vraag|-0.91
p:u luistert|jij-boodschap|0.18
p:u luistert|gevoelsreflectie|-0.86
p:u luistert|bekritiseren|1.72
p:u maakt|gevoelsreflectie|0.87
p:u maakt|samenvatting|1.88
p:u maakt|open-vraag|0.92
p:u maakt|bekritiseren|1.93
p:u maakt|vervolgafspraak|0.9
p:u maandag|ik-boodschap|-0.83
p:u maandag|bevelen|-0.95
p:u maandag|afronding-aankondigen|0.94
p:u maandag|vervolgafspraak|0.83
p:u mag|aanmoediging|0.98
p:u me|bevelen|0.96
p:u merk|aanmoediging|-0.87
p:u met|adviseren|0.93
p:u mij|jij-boodschap|0.98
p:u mij|samenvatting|-0.99
p:u mij|adviseren|-0.98
p:u misschien|vervolgafspraak|-0.96
p:u moe|gevoelsreflectie|0.97
p:u moe|adviseren|0.97
p:u moet|jij-boodschap|-0.81
p:u moet|bevelen|1.5
p:u moet|prijzen|-0.9
p:u moet|interpreteren|-0.97
p:u moeten|jij-boodschap|0.98
p:u moeten|bekritiseren|0.98
p:u morgen|bevelen|-0.63
p:u morgen|waarschuwen|-0.79
p:u morgen|vervolgafspraak|0.99
p:u morgen|bedanken|-0.9
p:u naar|prijzen|-0.93
p:u natuurlijk|prijzen|1.0
p:u nauwelijks|jij-boodschap|1.78
p:u nauwelijks|bekritiseren|1.24
p:u neem|aanmoediging|0.98
p:u neemt|moraliseren|-0.81
p:u neemt|bekritiseren|-2.15
p:u neemt|etiketteren|-1.0
p:u niet|jij-boodschap|0.98
p:u niet|bevelen|-0.99
p:u niet|moraliseren|-0.94
p:u niet|adviseren|0.84
p:u niet|bekritiseren|0.98
p:u niet|ondervragen|0.14
p:u niet|afleiden|0.95
p:u niks|jij-boodschap|1.43
p:u niks|bekritiseren|1.67
p:u nodig|bekritiseren|-0.72
p:u nog|waarschuwen|0.81
p:u nou|jij-boodschap|-2.08
p:u nou|bekritiseren|-0.98
p:u nou|geruststellen|-0.98
p:u om|ik-boodschap|-0.78
p:u om|samenvatting|0.78
p:u om|bedanken|1.0
p:u onderbreekt|bekritiseren|0.98
p:u onderschat|bekritiseren|0.4
p:u ongerust|adviseren|-0.94
p:u ongerust|geruststellen|0.94
p:u ons|bevelen|0.99
p:u op|argumenteren|0.86
p:u op|vervolgafspraak|1.0
p:u oplost|interpreteren|0.99
p:u over|ik-boodschap|0.78
p:u over|parafrase|0.99
p:u over|gevoelsreflectie|0.89
p:u over|adviseren|0.87
p:u over|vervolgafspraak|0.92
p:u overdrijft|bekritiseren|-3.8
p:u praat|ik-boodschap|-0.78
p:u praat|samenvatting|0.78
p:u praat|bedanken|1.0
p:u reageert|gevoelsreflectie|-0.99
p:u reageert|moraliseren|-0.99
p:u rustig|jij-boodschap|-0.97
p:u rustig|gevoelsreflectie|-1.0
p:u rustig|aanmoediging|1.0
p:u schrikt|gevoelsreflectie|0.99
p:u schuift|waarschuwen|-0.92
p:u snapt|prijzen|1.97
p:u snapt|interpreteren|-1.0
p:u stuurde|bekritiseren|0.12
p:u te|bekritiseren|-0.93
p:u teleurgesteld|gevoelsreflectie|0.98
p:u teleurgesteld|open-vraag|-0.9
p:u thuis|parafrase|-0.9
p:u thuis|adviseren|0.87
p:u thuis|bekritiseren|0.68
p:u thuis|vervolgafspraak|0.92
p:u toch|jij-boodschap|1.7
p:u toch|moraliseren|-0.92
p:u toch|etiketteren|0.86
p:u u|jij-boodschap|-0.92
p:u uitleggen|ik-boodschap|-1.0
p:u uitleggen|gevoelsreflectie|-1.0
p:u uitleggen|bedanken|-1.0
p:u vandaag|parafrase|-1.0
p:u vandaag|bevelen|-1.0
p:u vandaag|argumenteren|-1.0
p:u vandaag|bekritiseren|-1.0
p:u vandaag|vervolgafspraak|-1.0
p:u vanmiddag|afronding-aankondigen|-0.92
p:u vast|moraliseren|-0.92
p:u vast|adviseren|-0.87
p:u vast|etiketteren|-0.92
p:u veel|afleiden|-0.95
p:u verder|aanmoediging|0.98
p:u verdriet|bedanken|0.93
p:u vergeet|argumenteren|1.0
p:u vergeet|interpreteren|-0.78
p:u vergist|argumenteren|0.72
p:u vergist|bekritiseren|-0.91
p:u verkeerd|argumenteren|0.92
p:u verwent|bekritiseren|-1.31
p:u vindt|jij-boodschap|0.95
p:u vindt|parafrase|1.0
p:u vindt|gevoelsreflectie|-0.98
p:u vindt|open-vraag|-0.99
p:u vindt|waarschuwen|-0.81
p:u vindt|argumenteren|0.92
p:u vindt|bekritiseren|0.99
p:u voelt|parafrase|-0.94
p:u voelt|gevoelsreflectie|1.0
p:u voelt|samenvatting|-1.0
p:u voelt|bedanken|-1.0
p:u volgende|samenvatting|-0.98
p:u volgende|bedanken|-0.99
p:u voor|bedanken|0.9
p:u vooral|open-vraag|-1.0
p:u vrijdag|samenvatting|-0.94
p:u vrijdag|bevelen|-0.95
p:u vrijdag|bedanken|-0.79
p:u vroeger|interpreteren|0.95
p:u was|adviseren|0.99
p:u was|prijzen|0.94
p:u weet|parafrase|-0.92
p:u weet|argumenteren|-1.68
p:u wel|parafrase|-1.0
p:u wel|bevelen|-1.0
p:u wel|waarschuwen|-1.0
p:u wel|argumenteren|-1.0
p:u wel|bekritiseren|0.65
p:u wel|prijzen|-2.8
p:u wel|ondervragen|-0.97
p:u wel|afleiden|-0.97
p:u wel|vervolgafspraak|-1.0
p:u wilt|ik-boodschap|-0.96
p:u wilt|samenvatting|2.03
p:u wilt|waarschuwen|-0.79
p:u wilt|bekritiseren|-1.78
p:u wilt|interpreteren|0.97
p:u wilt|vervolgafspraak|0.91
p:u wilt|bedanken|-0.83
p:u zeggen|gevoelsreflectie|-0.88
p:u zegt|parafrase|1.73
p:u zegt|gevoelsreflectie|0.12
p:u zegt|samenvatting|-1.92
p:u zegt|open-vraag|-0.92
p:u zegt|aanmoediging|-0.99
p:u zegt|bevelen|-0.94
p:u zegt|bekritiseren|-0.98
p:u zegt|interpreteren|-0.15
p:u zegt|geruststellen|-0.89
p:u zegt|bedanken|-0.93
p:u zich|jij-boodschap|-0.51
p:u zich|samenvatting|-1.97
p:u zich|open-vraag|-0.99
p:u zich|aanmoediging|-0.99
p:u zich|waarschuwen|-0.99
p:u zich|argumenteren|-0.92
p:u zich|bekritiseren|0.35
p:u zich|afleiden|-0.99
p:u zijn|parafrase|-1.0
p:u zijn|gevoelsreflectie|0.91
p:u zijn|samenvatting|1.0
p:u zijn|ondervragen|0.12
p:u zijn|vervolgafspraak|1.0
p:u zitten|waarschuwen|0.82
p:u zo|jij-boodschap|-0.91
p:u zo|gevoelsreflectie|-0.77
p:u zo|waarschuwen|1.0
p:u zo|bekritiseren|-0.93
p:u zo|interpreteren|-1.0
p:u zo|bedanken|0.54
p:u zorgt|jij-boodschap|0.99
p:u zorgt|bekritiseren|0.99
p:u zorgt|prijzen|0.98
p:u zou|moraliseren|0.77
p:u zou|adviseren|0.12
p:u zult|jij-boodschap|-0.91
p:uit ?|gevoelsreflectie|-0.96
p:uit ?|afleiden|-0.99
p:uit bed|parafrase|-0.89
p:uit bed|bekritiseren|-0.95
p:uit de|jij-boodschap|0.79
p:uit de|bekritiseren|0.96
p:uit heb|parafrase|0.97
p:uit jezelf|ik-boodschap|0.93
p:uit onderzoek|argumenteren|0.99
p:uit te|bevelen|0.96
p:uitdaging geven|interpreteren|0.91
p:uitdaging krijgt|open-vraag|-0.99
p:uiterlijk maandag|bevelen|1.76
p:uitgelachen daar|ik-boodschap|1.75
p:uitgelachen daar|gevoelsreflectie|-0.95
p:uitgelachen worden|gevoelsreflectie|-0.93
p:uitkomst van|open-vraag|1.0
p:uitkomst van|geruststellen|-1.0
p:uitlachen doe|ik-boodschap|-0.92
p:uitlachen doe|moraliseren|0.92
p:uitleg en|parafrase|-0.93
p:uitleg en|samenvatting|0.93
p:uitleg en|open-vraag|0.97
p:uitleg heen|interpreteren|-0.98
p:uitleg niet|ik-boodschap|0.9
p:uitleg niet|samenvatting|-0.81
p:uitleg van|parafrase|0.99
p:uitleg van|bekritiseren|-0.99
p:uitleg voor|ik-boodschap|0.99
p:uitleggen wat|ik-boodschap|-1.0
p:uitleggen wat|gevoelsreflectie|-1.0
p:uitleggen wat|bedanken|-1.0
p:uitpraten laat|bekritiseren|0.98
p:uitputtend voor|ik-boodschap|-0.73
p:uitschelden doe|jij-boodschap|-1.8
p:uitschelden doe|moraliseren|0.96
p:uitschelden doe|bekritiseren|-1.45
p:uitslag komt|vervolgafspraak|-0.95
p:uitzondering kunnen|prijzen|-0.9
p:update te|adviseren|0.94
p:uren dan|bedanken|0.7
p:uur 's|jij-boodschap|0.95
p:uur 's|bekritiseren|0.48
p:uur ?|adviseren|-0.78
p:uur afspreken|open-vraag|-0.98
p:uur bij|ik-boodschap|-0.96
p:uur dicht|adviseren|0.93
p:uur doorgeven|ik-boodschap|0.98
p:uur doorgeven|waarschuwen|-0.83
p:uur in|moraliseren|0.98
p:uur leren|vervolgafspraak|-1.0
p:uur met|afronding-aankondigen|0.95
p:uur nablijven|bevelen|-0.52
p:uur niet|ik-boodschap|0.94
p:uur praten|afronding-aankondigen|-0.94
p:uur verder|ondervragen|-0.83
p:uur werkt|moraliseren|-0.98
p:uur werkt|argumenteren|0.98
p:uur zie|gevoelsreflectie|-1.0
p:uur zie|vervolgafspraak|1.0
p:uw begrip|bekritiseren|-0.91
p:uw dochter|jij-boodschap|0.99
p:uw dochter|moraliseren|-0.96
p:uw dochter|adviseren|-0.99
p:uw dochter|argumenteren|-0.93
p:uw dochter|bekritiseren|0.5
p:uw dochter|etiketteren|-0.99
p:uw eigen|interpreteren|1.0
p:uw ervaring|prijzen|1.0
p:uw geduld|bedanken|0.88
p:uw geweldige|bekritiseren|0.91
p:uw geweldige|bedanken|-1.73
p:uw komst|samenvatting|0.92
p:uw komst|vervolgafspraak|-0.97
p:uw komst|bedanken|1.6
p:uw mail|gevoelsreflectie|-0.76
p:uw mail|bekritiseren|0.76
p:uw man|ik-boodschap|0.9
p:uw medewerking|prijzen|0.93
p:uw plicht|moraliseren|0.95
p:uw taak|jij-boodschap|-0.99
p:uw taak|adviseren|-0.94
p:uw taak|bekritiseren|-0.99
p:uw tijd|ik-boodschap|-0.78
p:uw tijd|samenvatting|0.78
p:uw tijd|bedanken|1.0
p:uw verantwoordelijkheid|moraliseren|0.18
p:uw verantwoordelijkheid|argumenteren|-0.9
p:uw verantwoordelijkheid|etiketteren|-1.0
p:uw verhaal|samenvatting|-0.78
p:uw verhaal|open-vraag|0.96
p:uw vraag|vervolgafspraak|-1.0
p:uw zoon|open-vraag|-0.97
p:uw zoon|bekritiseren|-0.46
p:uw zoon|geruststellen|-0.98
p:vaak alleen|ik-boodschap|-0.93
p:vaak als|moraliseren|-0.78
p:vaak als|adviseren|0.91
p:vaak haar|ik-boodschap|-0.96
p:vaak half|ik-boodschap|0.98
p:vaak te|parafrase|-0.93
p:vaak te|samenvatting|0.93
p:vaak ziek|interpreteren|-0.93
p:vader en|parafrase|0.98
p:vader het|moraliseren|0.77
p:vader het|adviseren|-1.85
p:vader hierop|gevoelsreflectie|-1.0
p:vader hierop|open-vraag|1.0
p:vader komt|bevelen|-1.79
p:vader komt|waarschuwen|-0.83
p:vader om|argumenteren|-0.9
p:vader ook|open-vraag|-0.95
p:vader u|jij-boodschap|-1.0
p:vader u|prijzen|1.0
p:vader u|interpreteren|-1.0
p:vader vanavond|aanmoediging|-0.97
p:vader vanavond|vervolgafspraak|0.97
p:vader woont|samenvatting|-1.0
p:vak heb|parafrase|-0.94
p:vak heb|open-vraag|-0.94
p:vakantie ?|afleiden|0.99
p:vakantie elke|ik-boodschap|1.0
p:vakantie elke|gevoelsreflectie|-1.0
p:vakantie elke|open-vraag|-1.0
p:vakdocenten aan|bekritiseren|-0.71
p:vaker blijven|argumenteren|1.0
p:vaker hardop|geruststellen|0.92
p:vaker hardop|afleiden|-0.92
p:vaker met|samenvatting|-0.81
p:vaker met|afronding-aankondigen|-0.93
p:vaker naar|gevoelsreflectie|-0.96
p:vaker zelf|interpreteren|-0.85
p:vaker zelf|geruststellen|-0.85
p:vaker zijn|ik-boodschap|-0.99
p:valt me|ik-boodschap|-1.9
p:valt me|bekritiseren|-0.97
p:valt niet|waarschuwen|-0.99
p:valt niet|afleiden|-0.77
p:van ?|jij-boodschap|-0.97
p:van ?|bekritiseren|-0.39
p:van aan|etiketteren|-0.98
p:van aantrekt|jij-boodschap|0.97
p:van aantrekt|samenvatting|-0.97
p:van aantrekt|bekritiseren|0.87
p:van afmaakt|jij-boodschap|0.86
p:van afmaakt|bekritiseren|0.86
p:van dat|ik-boodschap|1.97
p:van dat|gevoelsreflectie|0.99
p:van dat|moraliseren|-0.94
p:van de|jij-boodschap|0.62
p:van de|parafrase|-0.97
p:van de|gevoelsreflectie|-0.98
p:van de|samenvatting|-0.92
p:van de|open-vraag|-1.98
p:van de|moraliseren|0.99
p:van de|adviseren|-0.97
p:van de|bekritiseren|-1.0
p:van de|prijzen|0.97
p:van de|etiketteren|-0.86
p:van de|interpreteren|-0.99
p:van de|vervolgafspraak|0.96
p:van de|bedanken|0.88
p:van deze|ik-boodschap|-0.96
p:van die|etiketteren|0.96
p:van dit|samenvatting|-0.99
p:van dit|open-vraag|1.0
p:van dit|geruststellen|-1.0
p:van dit|vervolgafspraak|-0.99
p:van dit|bedanken|-0.86
p:van een|ik-boodschap|0.83
p:van een|open-vraag|0.95
p:van engels|bevelen|-0.63
p:van gebakken|bekritiseren|0.57
p:van gemaakt|bekritiseren|0.98
p:van gemengde|adviseren|-0.96
p:van geschrokken|gevoelsreflectie|0.82
p:van geschrokken|open-vraag|0.95
p:van gisteren|jij-boodschap|-0.96
p:van het|adviseren|-0.87
p:van het|afleiden|0.93
p:van in|argumenteren|-1.0
p:van in|bekritiseren|0.4
p:van je|ik-boodschap|-0.95
p:van je|samenvatting|0.96
p:van jesse|ik-boodschap|0.97
p:van jesse|bevelen|-0.82
p:van jesse|bekritiseren|-0.82
p:van jesse|prijzen|-1.0
p:van jesse|ondervragen|-1.0
p:van jou|bekritiseren|-0.86
p:van kunnen|prijzen|0.97
p:van ligt|geruststellen|0.97
p:van maakt|prijzen|-0.93
p:van maakt|etiketteren|0.93
p:van mees|geruststellen|-0.94
p:van meneer|parafrase|0.99
p:van meneer|bekritiseren|-0.99
p:van merken|bekritiseren|1.0
p:van merkt|samenvatting|0.98
p:van merkt|open-vraag|-0.98
p:van mij|jij-boodschap|0.92
p:van mij|bekritiseren|1.72
p:van ondersteboven|jij-boodschap|-0.41
p:van periode|argumenteren|-0.84
p:van sanne|ik-boodschap|-0.97
p:van school|argumenteren|-0.89
p:van school|bekritiseren|0.51
p:van school|bedanken|-0.99
p:van te|bekritiseren|-0.61
p:van tevoren|geruststellen|-0.92
p:van thuis|bekritiseren|0.99
p:van tijd|moraliseren|-0.98
p:van u|bevelen|0.94
p:van u|vervolgafspraak|-0.92
p:van vakantie|vervolgafspraak|-0.91
p:van veertien|moraliseren|0.98
p:van veertien|bekritiseren|-0.46
p:van vorige|ondervragen|1.77
p:van wanneer|gevoelsreflectie|-0.99
p:van wat|ik-boodschap|0.98
p:van wat|jij-boodschap|0.98
p:van wat|bekritiseren|0.98
p:van wordt|ik-boodschap|-0.98
p:van wordt|gevoelsreflectie|0.76
p:van wordt|adviseren|0.94
p:van wordt|bedanken|0.99
p:vanaf januari|samenvatting|-1.0
p:vanaf maandag|bevelen|-0.8
p:vanaf morgen|geruststellen|-0.99
p:vanaf nu|bevelen|0.99
p:vanaf nu|waarschuwen|0.99
p:vanaf nu|argumenteren|-0.89
p:vanaf vandaag|bevelen|0.99
p:vanavond even|aanmoediging|-0.97
p:vanavond even|vervolgafspraak|0.97
p:vandaag bent|parafrase|-1.0
p:vandaag bent|bevelen|-1.0
p:vandaag bent|argumenteren|-1.0
p:vandaag bent|bekritiseren|-1.0
p:vandaag bent|vervolgafspraak|-1.0
p:vandaag bij|afleiden|-0.91
p:vandaag gewoon|bevelen|0.99
p:vandaag hè|etiketteren|-0.83
p:vandaag je|ik-boodschap|-0.82
p:vandaag met|vervolgafspraak|-0.99
p:vandaag stoppen|ik-boodschap|0.98
p:vandaag wil|samenvatting|-0.77
p:vandaag wil|afronding-aankondigen|-0.96
p:vandaan ?|open-vraag|0.92
p:vanmiddag een|afronding-aankondigen|-0.92
p:vanmiddag gewoon|jij-boodschap|-0.93
p:vanmiddag gewoon|bevelen|1.7
p:vanochtend ayoub|ik-boodschap|0.73
p:vanochtend pas|bevelen|-0.9
p:vanzelf beter|geruststellen|0.99
p:vanzelf weer|afleiden|-0.95
p:vanzelf wel|geruststellen|0.99
p:vanzelf wel|afleiden|-0.99
p:vast aanspreekpunt|adviseren|-0.98
p:vast akkoord|jij-boodschap|-0.64
p:vast akkoord|vervolgafspraak|-0.86
p:vast dat|argumenteren|-0.98
p:vast dat|prijzen|0.98
p:vast dat|geruststellen|-0.99
p:vast doordat|interpreteren|0.94
p:vast enorm|gevoelsreflectie|0.82
p:vast geen|prijzen|0.98
p:vast goed|waarschuwen|-0.81
p:vast goed|prijzen|-0.97
p:vast huiswerkuur|adviseren|0.84
p:vast huiswerkuur|ondervragen|-0.84
p:vast met|prijzen|0.85
p:vast moment|adviseren|0.99
p:vast nog|moraliseren|-0.92
p:vast nog|etiketteren|-0.92
p:vast ook|adviseren|-0.87
p:vast vanzelf|geruststellen|0.99
p:vast voor|prijzen|0.98
p:vast wel|jij-boodschap|-1.0
p:vast wel|parafrase|-0.89
p:vast wel|bekritiseren|-0.95
p:vast wel|prijzen|1.93
p:vast wel|interpreteren|-1.0
p:vast wel|ondervragen|-0.91
p:vaste bedtijd|interpreteren|-0.9
p:vaste huiswerktijd|ik-boodschap|0.78
p:vaste huiswerktijd|adviseren|0.87
p:vaste huiswerktijd|vervolgafspraak|0.92
p:vaste plek|adviseren|0.95
p:vatten hij|parafrase|-0.99
p:vatten hij|vervolgafspraak|-0.99
p:veel beschermt|jij-boodschap|-0.84
p:veel beschermt|bekritiseren|-0.3
p:veel brugklassers|geruststellen|0.98
p:veel eerder|etiketteren|-0.96
p:veel in|ik-boodschap|-0.95
p:veel in|jij-boodschap|1.0
p:veel in|bekritiseren|0.89
p:veel in|prijzen|-1.0
p:veel inhalen|ik-boodschap|0.84
p:veel kinderen|jij-boodschap|-0.96
p:veel met|bekritiseren|0.71
p:veel op|bekritiseren|0.95
p:veel pubers|afleiden|-0.85
p:veel te|gevoelsreflectie|0.86
p:veel te|moraliseren|-0.99
p:veel te|adviseren|-0.92
p:veel te|bekritiseren|-1.64
p:veel te|ondervragen|0.98
p:veel verdriet|afleiden|-0.95
p:veel vrijhied|bekritiseren|0.24
p:veel wordt|gevoelsreflectie|0.86
p:veertien hoort|moraliseren|0.98
p:veertien hoort|bekritiseren|-0.46
p:veilig voelt|interpreteren|-0.96
p:ver laten|jij-boodschap|0.9
p:veranderde er|parafrase|0.96
p:verantwoordelijkheid als|argumenteren|-0.9
p:verantwoordelijkheid dat|moraliseren|1.0
p:verantwoordelijkheid geeft|bekritiseren|-0.87
p:verantwoordelijkheid namen|adviseren|0.96
p:verantwoordelijkheid niet|moraliseren|-0.81
p:verantwoordelijkheid niet|etiketteren|-1.0
p:verantwoordelijkheid te|bevelen|-0.95
p:verband om|vervolgafspraak|-0.99
p:verbergen dat|interpreteren|0.98
p:verbouwing ?|afleiden|0.94
p:verder ?|aanmoediging|1.0
p:verder en|afronding-aankondigen|-0.81
p:verder ik|ik-boodschap|-0.98
p:verder met|vervolgafspraak|0.89
p:verder praten|ondervragen|-0.83
p:verder praten|vervolgafspraak|-0.9
p:verder te|bekritiseren|-0.72
p:verdergaan met|vervolgafspraak|0.9
p:verdriet doet|afleiden|-0.95
p:verdriet doet|bedanken|0.93
p:verdrietig bij|gevoelsreflectie|0.96
p:verdrietig over|gevoelsreflectie|1.0
p:verdrietig over|open-vraag|1.0
p:verdrietig over|waarschuwen|-1.0
p:verdrietig over|afronding-aankondigen|-1.0
p:verdrietig van|ik-boodschap|-0.96
p:verdrietig van|moraliseren|-0.94
p:verdrietig voor|aanmoediging|0.99
p:vergeet dat|argumenteren|1.0
p:vergeet dat|interpreteren|-0.78
p:vergeet kan|ik-boodschap|0.96
p:vergeet kan|open-vraag|1.0
p:vergeet kan|afronding-aankondigen|-0.98
p:vergeet kan|vervolgafspraak|-0.92
p:vergeet want|vervolgafspraak|0.96
p:vergeten waardoor|gevoelsreflectie|-0.86
p:vergeten waardoor|open-vraag|0.93
p:vergist je|bevelen|-0.69
p:vergist je|argumenteren|0.95
p:vergist zich|argumenteren|0.72
p:vergist zich|bekritiseren|-0.91
p:verhaal afmaken|bekritiseren|0.98
p:verhaal doen|adviseren|-0.98
p:verhaal doen|bekritiseren|-0.98
p:verhaal ik|samenvatting|-0.78
p:verhuizing ?|samenvatting|-1.0
p:verhuizing nog|bekritiseren|-0.96
p:verhuizing nog|interpreteren|0.96
p:verhuizing van|waarschuwen|-0.91
p:verhuizing wat|parafrase|0.96
p:verkeerd de|argumenteren|0.92
p:verkeerd gedaan|geruststellen|-0.78
p:verlies ik|parafrase|-0.99
p:verpest de|jij-boodschap|1.77
p:verpest de|waarschuwen|0.9
p:verpest de|bekritiseren|2.67
p:verpest het|bekritiseren|-1.13
p:verpleegkundige ziet|prijzen|1.0
p:verslag binnengekregen|ik-boodschap|0.97
p:verslag binnengekregen|bevelen|-0.82
p:verslag binnengekregen|bekritiseren|-0.82
p:verslag twee|open-vraag|-0.93
p:vertel eens|gevoelsreflectie|-0.96
p:vertel eens|bedanken|-1.0
p:vertel hoe|samenvatting|-1.0
p:verteld ?|gevoelsreflectie|-0.94
p:verteld ?|interpreteren|-0.99
p:verteld wat|bevelen|-1.0
p:vertelt dank|bedanken|0.99
p:vertelt ik|bedanken|0.93
p:vertelt u|parafrase|-0.9
p:vertelt u|open-vraag|0.88
p:vertelt wanneer|waarschuwen|-0.91
p:vertrouwen mee|bekritiseren|-0.72
p:vertrouwenspersoon er|vervolgafspraak|0.96
p:verveelt in|interpreteren|0.97
p:verveelt zich|interpreteren|0.91
p:vervelend dat|bekritiseren|1.0
p:vervelend hoe|ik-boodschap|0.99
p:vervelend voor|open-vraag|-1.0
p:vervelend voor|argumenteren|-1.0
p:vervelend voor|geruststellen|-0.89
p:vervelend voor|afronding-aankondigen|-0.98
p:verwacht dat|open-vraag|-0.9
p:verwacht u|bekritiseren|-0.93
p:verwacht u|prijzen|-0.98
p:verwacht van|bevelen|0.94
p:verwend kind|bekritiseren|-0.93
p:verwend nest|jij-boodschap|0.98
p:verwent haar|bekritiseren|-1.31
p:verwerkt heeft|bekritiseren|-0.96
p:verwerkt heeft|interpreteren|0.96
p:verwoorden mevrouw|adviseren|-0.87
p:verzint gewoon|bekritiseren|-1.74
p:verzuim achterloopt|adviseren|-1.0
p:verzuim achterloopt|prijzen|-1.0
p:verzuim de|afleiden|-0.81
p:verzuim en|bekritiseren|-0.98
p:verzuim en|bedanken|-0.92
p:verzuim in|samenvatting|0.95
p:verzuim in|afronding-aankondigen|0.95
p:verzuim in|bedanken|0.84
p:verzuim je|jij-boodschap|-0.91
p:verzuim zijn|argumenteren|-0.97
p:verzuim zit|samenvatting|0.98
p:verzuim zit|open-vraag|-0.98
p:via een|parafrase|0.9
p:via snapchat|moraliseren|-0.98
p:via snapchat|interpreteren|-0.98
p:vier dagen|vervolgafspraak|-0.96
p:vier keer|prijzen|-0.99
p:vier uur|open-vraag|-0.98
p:vier uur|etiketteren|-1.0
p:vier uur|ondervragen|-0.83
p:vier uur|vervolgafspraak|1.0
p:vierde klas|waarschuwen|0.82
p:vierde uur|bedanken|-0.99
p:vijf minuten|vervolgafspraak|-0.96
p:vijf minuten|bedanken|-0.96
p:vijf van|parafrase|-0.92
p:vind dat|ik-boodschap|0.99
p:vind dat|jij-boodschap|1.74
p:vind dat|gevoelsreflectie|-0.92
p:vind dat|bekritiseren|1.44
p:vind dat|vervolgafspraak|-0.96
p:vind dit|bekritiseren|-0.85
p:vind het|ik-boodschap|0.12
p:vind het|gevoelsreflectie|0.95
p:vind het|bekritiseren|1.0
p:vind het|afronding-aankondigen|-0.98
p:vind ik|ik-boodschap|1.67
p:vind ik|jij-boodschap|0.18
p:vind ik|gevoelsreflectie|-0.86
p:vind ik|open-vraag|0.93
p:vind ik|waarschuwen|-1.83
p:vind ik|adviseren|0.87
p:vind ik|argumenteren|-0.94
p:vind ik|bekritiseren|0.91
p:vind ik|afronding-aankondigen|-0.8
p:vind ik|vervolgafspraak|0.94
p:vind jij|jij-boodschap|-0.97
p:vind jij|bekritiseren|-0.39
p:vinden jullie|prijzen|0.98
p:vindt de|parafrase|-0.97
p:vindt de|afronding-aankondigen|-0.93
p:vindt dus|parafrase|0.97
p:vindt dus|gevoelsreflectie|-0.98
p:vindt dus|open-vraag|-0.99
p:vindt het|jij-boodschap|0.95
p:vindt het|parafrase|0.92
p:vindt het|waarschuwen|-0.81
p:vindt het|argumenteren|0.92
p:vindt het|bekritiseren|1.94
p:vindt maar|gevoelsreflectie|0.93
p:vindt maar|adviseren|0.73
p:vindt om|bekritiseren|-0.25
p:vindt u|open-vraag|1.97
p:vindt u|adviseren|-0.65
p:vindt u|interpreteren|0.91
p:vindt vast|parafrase|-0.89
p:vindt vast|bekritiseren|-0.95
p:voel ik|ik-boodschap|0.91
p:voel jij|ik-boodschap|-0.98
p:voel me|vervolgafspraak|-0.92
p:voelen als|gevoelsreflectie|0.94
p:voelt en|ik-boodschap|-0.98
p:voelt je|gevoelsreflectie|0.95
p:voelt omdat|jij-boodschap|-0.97
p:voelt over|argumenteren|-0.92
p:voelt zich|parafrase|-0.95
p:voelt zich|gevoelsreflectie|1.0
p:voelt zich|samenvatting|0.89
p:voelt zich|bedanken|-0.29
p:voeren en|open-vraag|-0.97
p:voetbal zaterdag|open-vraag|-0.99
p:voetbal zaterdag|bekritiseren|-0.99
p:voetbal zaterdag|ondervragen|-0.99
p:voetbal zaterdag|afleiden|0.99
p:voetbalwedstrijd zaterdag|open-vraag|-0.95
p:voetbalwedstrijd zaterdag|afleiden|0.95
p:voldoende maar|argumenteren|-0.97
p:voldoende zo|argumenteren|0.99
p:volg begon|ik-boodschap|-0.94
p:volg u|aanmoediging|0.98
p:volg wilt|adviseren|-0.97
p:volgend jaar|waarschuwen|0.97
p:volgend jaar|bekritiseren|-0.98
p:volgend jaar|prijzen|-0.97
p:volgende gesprek|vervolgafspraak|-0.96
p:volgende gesprek|bedanken|-0.96
p:volgende keer|vervolgafspraak|1.83
p:volgende maand|afleiden|0.94
p:volgende ouders|afronding-aankondigen|0.99
p:volgende ouders|vervolgafspraak|-0.99
p:volgende periode|vervolgafspraak|-0.99
p:volgende punt|bekritiseren|-0.63
p:volgende punt|etiketteren|-0.93
p:volgende week|ik-boodschap|-1.77
p:volgende week|jij-boodschap|-0.82
p:volgende week|parafrase|0.91
p:volgende week|samenvatting|0.79
p:volgende week|open-vraag|-0.98
p:volgende week|adviseren|-0.85
p:volgende week|etiketteren|-1.0
p:volgende week|ondervragen|-0.83
p:volgende week|afleiden|-0.98
p:volgende week|vervolgafspraak|3.9
p:volgende week|bedanken|-0.83
p:volgens het|geruststellen|-0.98
p:volgens mij|jij-boodschap|-0.96
p:volgens mij|moraliseren|-0.95
p:volgens mij|bekritiseren|-0.94
p:volgens mij|interpreteren|2.78
p:volgens mij|bedanken|-0.99
p:volgens u|parafrase|1.92
p:volgens u|open-vraag|0.98
p:volgt een|bevelen|-0.52
p:volgt er|moraliseren|0.97
p:volgt nablijven|bevelen|0.53
p:volkomen logisch|argumenteren|0.69
p:volwassen dus|prijzen|0.93
p:vond dat|bekritiseren|1.0
p:vond het|ik-boodschap|2.6
p:vond hij|afleiden|0.93
p:vond ik|vervolgafspraak|-0.96
p:vond op|jij-boodschap|-0.98
p:voor aardrijkskunde|ik-boodschap|0.93
p:voor aardrijkskunde|jij-boodschap|-0.93
p:voor aardrijkskunde|argumenteren|-0.93
p:voor aardrijkskunde|bekritiseren|-0.93
p:voor biologie|ik-boodschap|0.97
p:voor biologie|bevelen|-0.82
p:voor biologie|bekritiseren|-0.82
p:voor daan|argumenteren|0.92
p:voor dat|ik-boodschap|-1.0
p:voor dat|jij-boodschap|0.99
p:voor dat|argumenteren|0.79
p:voor dat|bekritiseren|0.99
p:voor dat|afronding-aankondigen|0.13
p:voor dat|bedanken|-1.0
p:voor de|ik-boodschap|-0.97
p:voor de|jij-boodschap|0.85
p:voor de|waarschuwen|0.9
p:voor de|moraliseren|-0.95
p:voor de|argumenteren|0.92
p:voor de|bekritiseren|0.62
p:voor dit|waarschuwen|-1.0
p:voor dit|afronding-aankondigen|-0.98
p:voor docenten|moraliseren|0.98
p:voor een|gevoelsreflectie|-0.93
p:voor engels|samenvatting|1.0
p:voor engels|open-vraag|1.0
p:voor engels|argumenteren|-0.84
p:voor finn|afronding-aankondigen|-0.81
p:voor frans|gevoelsreflectie|-0.98
p:voor geloof|ik-boodschap|-1.0
p:voor geschiedenis|jij-boodschap|-1.0
p:voor geschiedenis|waarschuwen|-1.0
p:voor geschiedenis|bekritiseren|-1.0
p:voor gym|afleiden|0.79
p:voor haar|ik-boodschap|0.99
p:voor haar|bekritiseren|-2.15
p:voor haar|bedanken|-0.93
p:voor half|samenvatting|0.95
p:voor half|afronding-aankondigen|0.95
p:voor half|bedanken|0.84
p:voor hem|ik-boodschap|0.84
p:voor hem|parafrase|0.96
p:voor hem|afronding-aankondigen|-0.98
p:voor het|samenvatting|-0.94
p:voor het|adviseren|-0.96
p:voor het|afronding-aankondigen|-0.98
p:voor het|vervolgafspraak|0.96
p:voor het|bedanken|2.95
p:voor huiswerk|adviseren|0.99
p:voor iedereen|argumenteren|0.9
p:voor iedereen|prijzen|-0.9
p:voor iedereen|afronding-aankondigen|-0.98
p:voor je|gevoelsreflectie|-0.82
p:voor je|open-vraag|-0.99
p:voor je|argumenteren|-1.0
p:voor je|bekritiseren|2.33
p:voor je|geruststellen|-0.89
p:voor je|ondervragen|-1.0
p:voor je|vervolgafspraak|-0.93
p:voor je|bedanken|-0.61
p:voor jou|ik-boodschap|1.97
p:voor jou|parafrase|-0.86
p:voor jou|gevoelsreflectie|0.94
p:voor jou|etiketteren|-0.94
p:voor later|argumenteren|-0.86
p:voor natuurkunde|jij-boodschap|-0.98
p:voor natuurkunde|argumenteren|0.98
p:voor natuurkunde|bekritiseren|-0.98
p:voor nederlands|jij-boodschap|-0.91
p:voor nederlands|samenvatting|-0.98
p:voor nederlands|argumenteren|-0.84
p:voor nederlands|afleiden|-0.98
p:voor nu|afronding-aankondigen|1.81
p:voor nu|vervolgafspraak|0.93
p:voor nu|bedanken|0.27
p:voor rekenen|argumenteren|-0.93
p:voor school|bekritiseren|0.91
p:voor te|geruststellen|1.0
p:voor toetsen|open-vraag|0.94
p:voor twee|samenvatting|-0.93
p:voor u|ik-boodschap|-0.73
p:voor u|parafrase|-1.0
p:voor u|gevoelsreflectie|0.91
p:voor u|waarschuwen|1.0
p:voor u|geruststellen|-1.0
p:voor uw|ik-boodschap|-0.78
p:voor uw|samenvatting|0.93
p:voor uw|vervolgafspraak|-0.97
p:voor uw|bedanken|1.74
p:voor vandaag|ik-boodschap|0.98
p:voor vandaag|afleiden|-0.91
p:voor vandaag|afronding-aankondigen|0.99
p:voor vandaag|bedanken|-0.71
p:voor volgend|bekritiseren|-0.98
p:voor volgende|parafrase|0.91
p:voor volgende|afleiden|-0.98
p:voor volgende|bedanken|-0.83
p:voor wat|afleiden|0.99
p:voor wiskunde|jij-boodschap|-0.98
p:voor wiskunde|argumenteren|0.98
p:voor wiskunde|bekritiseren|-0.98
p:voor wiskunde|etiketteren|-0.99
p:voor woorden|afleiden|-0.96
p:vooral angst|interpreteren|1.0
p:vooral dat|open-vraag|-1.0
p:vooral online|parafrase|-0.93
p:vooral online|samenvatting|0.93
p:vooral via|moraliseren|-0.98
p:vooral via|interpreteren|-0.98
p:voorbeeld geven|gevoelsreflectie|-0.99
p:voorbeeld moeten|moraliseren|0.77
p:voorbeeld moeten|adviseren|-1.85
p:voorbij aan|bevelen|-0.94
p:voordat u|prijzen|-0.93
p:voorin zitten|geruststellen|-0.99
p:voorstel van|adviseren|-0.87
p:voorstellen dat|ik-boodschap|-0.97
p:voorstellen dat|gevoelsreflectie|0.98
p:voorstellen dat|samenvatting|-1.0
p:voorstellen dat|open-vraag|-1.0
p:voortaan eerst|prijzen|-0.93
p:voortaan om|bevelen|0.74
p:voortaan op|bevelen|0.94
p:vorige week|jij-boodschap|0.2
p:vorige week|parafrase|-1.0
p:vorige week|bevelen|-0.91
p:vorige week|ondervragen|1.77
p:vorige week|vervolgafspraak|-1.96
p:vraag en|bedanken|-0.62
p:vraag ga|jij-boodschap|0.96
p:vraag je|ik-boodschap|-0.98
p:vraag je|adviseren|0.98
p:vraag krijg|open-vraag|-0.99
p:vraag maar|vervolgafspraak|-1.0
p:vraag niet|ik-boodschap|0.95
p:vraag niet|waarschuwen|-0.9
p:vragen bij|gevoelsreflectie|0.97
p:vragen bij|adviseren|0.97
p:vragen kan|bekritiseren|-0.91
p:vragen om|adviseren|0.94
p:vrienden te|waarschuwen|-0.97
p:vrienden te|moraliseren|-0.97
p:vrienden te|ondervragen|-0.97
p:vrienden van|samenvatting|0.96
p:vriendin praten|bevelen|-0.99
p:vriendinnen staat|ik-boodschap|-0.76
p:vries de|ik-boodschap|-0.97
p:vries docent|etiketteren|-0.58
p:vries niet|interpreteren|-0.96
p:vrijdag de|bevelen|-0.95
p:vrijdag even|vervolgafspraak|0.92
p:vrijdag even|bedanken|-0.83
p:vrijdag kijken|ik-boodschap|-0.99
p:vrijdag kijken|jij-boodschap|-0.82
p:vrijdag kijken|samenvatting|0.99
p:vrijdag kijken|vervolgafspraak|0.99
p:vrijdag mail|bekritiseren|-0.71
p:vrijdag nablijven|waarschuwen|0.85
p:vrijdag nablijven|moraliseren|1.0
p:vrijdag niet|argumenteren|-0.94
p:vrijdag om|samenvatting|-0.94
p:vrijdag om|bedanken|-0.92
p:vrijdag op|bevelen|0.95
p:vrijdag over|bedanken|0.96
p:vroeg in|parafrase|0.98
p:vroeg in|adviseren|-0.98
p:vroeger zelf|interpreteren|0.95
p:vrolijke jongen|etiketteren|-0.81
p:vrouw als|prijzen|0.94
p:vrouw u|prijzen|0.97
p:vwo doen|etiketteren|-0.99
p:waar de|ik-boodschap|0.88
p:waar hij|ik-boodschap|0.98
p:waar hij|parafrase|-0.98
p:waar hij|adviseren|-0.99
p:waar hij|vervolgafspraak|-0.98
p:waar komt|open-vraag|0.92
p:waar loop|open-vraag|0.94
p:waar want|argumenteren|0.86
p:waar waren|open-vraag|-1.0
p:waar waren|ondervragen|1.0
p:waar was|ik-boodschap|-0.99
p:waar was|moraliseren|-0.92
p:waar was|adviseren|-0.78
p:waar was|bekritiseren|-0.99
p:waar was|afleiden|-0.99
p:waar ze|adviseren|0.95
p:waardeer het|bedanken|0.92
p:waardoor het|geruststellen|-0.94
p:waardoor hij|ik-boodschap|1.76
p:waardoor hij|adviseren|-0.84
p:waardoor hij|vervolgafspraak|0.92
p:waardoor ik|ik-boodschap|1.92
p:waardoor ik|bevelen|-0.82
p:waardoor ik|bekritiseren|-0.82
p:waardoor je|gevoelsreflectie|-0.86
p:waardoor je|open-vraag|0.93
p:waardoor je|vervolgafspraak|-0.92
p:waardoor we|afronding-aankondigen|0.87
p:waarom belt|bekritiseren|0.87
p:waarom ben|adviseren|-0.78
p:waarom bent|jij-boodschap|-1.74
p:waarom bent|bekritiseren|-1.46
p:waarom bent|ondervragen|1.85
p:waarom denkt|ondervragen|-0.94
p:waarom doe|prijzen|-0.97
p:waarom doe|ondervragen|0.75
p:waarom gaat|ondervragen|-0.98
p:waarom heb|gevoelsreflectie|0.85
p:waarom heb|moraliseren|-0.92
p:waarom heb|ondervragen|0.92
p:waarom heeft|aanmoediging|-1.0
p:waarom heeft|adviseren|-1.0
p:waarom heeft|bekritiseren|0.93
p:waarom heeft|interpreteren|-0.99
p:waarom heeft|ondervragen|1.86
p:waarom is|ondervragen|0.94
p:waarom kom|jij-boodschap|0.91
p:waarom kom|bekritiseren|0.74
p:waarom komt|ondervragen|-0.95
p:waarom laat|moraliseren|-0.98
p:waarom laat|ondervragen|-0.98
p:waarom lever|afleiden|-0.99
p:waarom niet|bekritiseren|0.93
p:waarom nu|bekritiseren|-0.93
p:waarom probeert|adviseren|0.87
p:waarom reageert|bekritiseren|-0.93
p:waarom reageren|bekritiseren|0.94
p:waarom vraag|ik-boodschap|-0.98
p:waarom vraag|adviseren|0.98
p:waarom weet|bekritiseren|-0.99
p:waarom zegt|bevelen|-1.0
p:waarom zegt|ondervragen|1.0
p:waarom zet|adviseren|0.84
p:waarom zet|ondervragen|-0.84
p:waarschuw u|waarschuwen|0.88
p:wacht ik|bevelen|1.0
p:wachten op|moraliseren|-0.92
p:wachten op|etiketteren|-0.92
p:wakker van|bekritiseren|-0.61
p:wakker van|geruststellen|0.97
p:wanneer dat|gevoelsreflectie|-0.99
p:wanneer de|ik-boodschap|0.9
p:wanneer de|parafrase|-0.99
p:wanneer de|geruststellen|-0.94
p:wanneer ik|open-vraag|-0.99
p:wanneer ik|vervolgafspraak|-0.92
p:wanneer je|ik-boodschap|0.88
p:wanneer jullie|ik-boodschap|0.98
p:wanneer jullie|waarschuwen|-0.83
p:wanneer jullie|bekritiseren|-0.91
p:wanneer u|samenvatting|-0.99
p:wanneer youssef|afronding-aankondigen|-0.98
p:wanneer yusuf|interpreteren|-0.98
p:wanneer ze|waarschuwen|-0.91
p:want als|open-vraag|-0.93
p:want dan|ik-boodschap|0.93
p:want dan|vervolgafspraak|0.96
p:want de|ik-boodschap|-0.93
p:want de|bekritiseren|-0.93
p:want de|afleiden|-0.93
p:want het|argumenteren|0.72
p:want het|bekritiseren|-0.91
p:want ik|argumenteren|0.86
p:want ik|afleiden|-0.98
p:want in|argumenteren|0.95
p:want je|samenvatting|-0.99
p:want je|waarschuwen|-1.0
p:want je|argumenteren|-0.98
p:want je|bekritiseren|0.93
p:want we|afronding-aankondigen|-0.81
p:want zo|ik-boodschap|1.87
p:want zo|parafrase|-1.0
p:waren dank|bekritiseren|-0.94
p:waren ze|open-vraag|-1.0
p:waren ze|ondervragen|1.0
p:was bedankt|bekritiseren|-0.58
p:was bedankt|bedanken|0.82
p:was daar|waarschuwen|-0.99
p:was daar|argumenteren|-0.82
p:was dankjewel|bedanken|0.51
p:was dat|argumenteren|-0.82
p:was de|ik-boodschap|-0.8
p:was dit|bekritiseren|0.65
p:was dus|argumenteren|0.93
p:was echt|jij-boodschap|-0.96
p:was echt|geruststellen|-1.0
p:was er|adviseren|-0.78
p:was er|argumenteren|1.0
p:was gevallen|ik-boodschap|0.94
p:was geweest|bekritiseren|0.68
p:was het|ondervragen|-0.82
p:was hij|ik-boodschap|-0.99
p:was hij|open-vraag|-1.0
p:was hij|bekritiseren|-0.99
p:was hij|etiketteren|-0.38
p:was hij|ondervragen|1.0
p:was hij|afleiden|-0.99
p:was je|open-vraag|-0.95
p:was je|moraliseren|-0.92
p:was je|adviseren|-0.78
p:was je|afleiden|0.95
p:was maar|parafrase|0.94
p:was maar|argumenteren|0.94
p:was ronduit|bekritiseren|0.12
p:was te|bedanken|-0.83
p:was trouwens|afleiden|0.99
p:was u|ondervragen|0.98
p:was voor|open-vraag|0.98
p:was was|etiketteren|-0.38
p:was zou|bevelen|-0.99
p:was zou|adviseren|1.93
p:was zou|bekritiseren|0.94
p:wat als|ik-boodschap|0.97
p:wat als|adviseren|0.93
p:wat als|bekritiseren|-0.87
p:wat ben|bevelen|-0.84
p:wat bent|jij-boodschap|1.7
p:wat bent|moraliseren|-0.92
p:wat bent|etiketteren|0.86
p:wat beter|bevelen|0.88
p:wat de|moraliseren|0.86
p:wat deed|ondervragen|0.94
p:wat denk|samenvatting|-0.95
p:wat denk|open-vraag|0.95
p:wat doet|samenvatting|-0.98
p:wat doet|bekritiseren|-0.98
p:wat een|jij-boodschap|-1.0
p:wat een|open-vraag|-0.99
p:wat een|argumenteren|-0.95
p:wat een|bekritiseren|4.8
p:wat een|etiketteren|0.18
p:wat er|gevoelsreflectie|-1.91
p:wat er|open-vraag|-0.91
p:wat er|bevelen|-1.0
p:wat er|waarschuwen|0.99
p:wat er|moraliseren|-0.87
p:wat er|bekritiseren|0.91
p:wat er|bedanken|-1.0
p:wat eruit|samenvatting|0.9
p:wat eruit|vervolgafspraak|0.9
p:wat extra|interpreteren|0.91
p:wat fijn|etiketteren|-0.96
p:wat ga|open-vraag|-0.9
p:wat ga|afleiden|0.9
p:wat gaat|gevoelsreflectie|0.96
p:wat heeft|gevoelsreflectie|-0.94
p:wat heeft|bekritiseren|-0.72
p:wat helpt|vervolgafspraak|0.96
p:wat het|afleiden|0.99
p:wat hij|ik-boodschap|0.89
p:wat hij|bekritiseren|0.84
p:wat ik|jij-boodschap|0.96
p:wat ik|parafrase|1.0
p:wat ik|gevoelsreflectie|-1.0
p:wat ik|open-vraag|-0.96
p:wat ik|bekritiseren|0.82
p:wat is|ik-boodschap|-0.94
p:wat is|parafrase|-0.99
p:wat is|gevoelsreflectie|1.0
p:wat is|open-vraag|1.96
p:wat is|waarschuwen|-1.0
p:wat is|ondervragen|-0.8
p:wat is|afronding-aankondigen|-1.0
p:wat je|moraliseren|0.98
p:wat jullie|bekritiseren|0.39
p:wat knap|gevoelsreflectie|-0.98
p:wat knap|bekritiseren|-0.9
p:wat knap|prijzen|0.98
p:wat kunt|adviseren|-0.87
p:wat maakt|parafrase|-1.0
p:wat maakt|open-vraag|1.0
p:wat maakt|vervolgafspraak|-1.0
p:wat maakte|open-vraag|0.98
p:wat meer|adviseren|1.9
p:wat meer|bekritiseren|-0.87
p:wat meer|prijzen|0.94
p:wat merkt|open-vraag|0.9
p:wat merkt|ondervragen|-0.98
p:wat naar|open-vraag|-0.97
p:wat rot|gevoelsreflectie|1.0
p:wat rot|ondervragen|-1.0
p:wat school|parafrase|-0.93
p:wat school|samenvatting|0.93
p:wat strenger|bekritiseren|0.68
p:wat trekt|samenvatting|-0.93
p:wat u|parafrase|0.86
p:wat u|open-vraag|-0.98
p:wat u|argumenteren|1.0
p:wat u|bekritiseren|-1.78
p:wat vaker|interpreteren|-0.85
p:wat vaker|afleiden|-0.92
p:wat veranderde|parafrase|0.96
p:wat verwacht|bekritiseren|-0.93
p:wat vind|jij-boodschap|-0.97
p:wat vind|bekritiseren|-0.39
p:wat vond|afleiden|0.93
p:wat we|jij-boodschap|0.98
p:wat we|bekritiseren|1.25
p:wat weet|ik-boodschap|0.95
p:wat wel|samenvatting|-0.91
p:wat wil|samenvatting|0.96
p:wat wilt|parafrase|-0.92
p:wat wilt|samenvatting|1.0
p:wat wilt|open-vraag|1.0
p:wat wilt|aanmoediging|-0.98
p:wat ze|bekritiseren|-1.5
p:wat zei|argumenteren|-0.82
p:wat ziet|ik-boodschap|-0.85
p:wat ziet|open-vraag|0.97
p:wat zou|jij-boodschap|-1.0
p:wat zou|gevoelsreflectie|-0.1
p:wat zou|open-vraag|1.93
p:wat zou|adviseren|-0.94
p:wat zou|geruststellen|-1.0
p:watje zeg|bevelen|-0.84
p:wc aangetroffen|ik-boodschap|-0.89
p:wc gaat|gevoelsreflectie|-0.96
p:we af|bedanken|-0.62
p:we afspreken|jij-boodschap|0.98
p:we afspreken|bekritiseren|1.25
p:we beginnen|afronding-aankondigen|-0.96
p:we bellen|bekritiseren|-3.15
p:we dat|open-vraag|0.92
p:we dat|afronding-aankondigen|-0.93
p:we de|samenvatting|-1.0
p:we de|etiketteren|1.0
p:we dit|jij-boodschap|-1.0
p:we dit|argumenteren|0.79
p:we dit|prijzen|1.0
p:we dit|interpreteren|-1.0
p:we door|afronding-aankondigen|-0.81
p:we doorgaan|afleiden|0.97
p:we een|jij-boodschap|-1.74
p:we een|bekritiseren|-1.46
p:we een|ondervragen|0.87
p:we een|bedanken|0.9
p:we eerst|argumenteren|-1.0
p:we elkaar|samenvatting|-0.82
p:we elkaar|afronding-aankondigen|0.98
p:we elkaar|bedanken|-0.51
p:we er|ik-boodschap|0.98
p:we er|etiketteren|-0.94
p:we er|afronding-aankondigen|0.87
p:we even|afleiden|0.99
p:we gaan|afronding-aankondigen|0.99
p:we gaan|vervolgafspraak|-0.99
p:we gemaakt|vervolgafspraak|0.99
p:we hebben|samenvatting|0.98
p:we hebben|open-vraag|-0.98
p:we hebben|bekritiseren|-0.16
p:we hebben|afleiden|-0.81
p:we hebben|bedanken|-1.92
p:we hem|waarschuwen|-0.81
p:we het|ik-boodschap|-1.0
p:we het|jij-boodschap|-1.0
p:we het|samenvatting|-0.91
p:we het|bevelen|-1.0
p:we het|moraliseren|-0.99
p:we het|prijzen|-0.98
p:we het|geruststellen|-1.0
p:we het|afleiden|1.8
p:we het|afronding-aankondigen|1.94
p:we het|bedanken|-1.12
p:we hier|prijzen|0.97
p:we hier|afronding-aankondigen|0.98
p:we hier|bedanken|-0.39
p:we hoe|parafrase|-0.91
p:we houden|samenvatting|0.95
p:we houden|aanmoediging|-0.92
p:we houden|afronding-aankondigen|0.95
p:we houden|bedanken|0.84
p:we in|afronding-aankondigen|0.87
p:we komen|samenvatting|-0.99
p:we komen|vervolgafspraak|-0.99
p:we komen|bedanken|-0.86
p:we maken|gevoelsreflectie|-0.97
p:we moeten|waarschuwen|-1.0
p:we moeten|afronding-aankondigen|0.99
p:we moeten|vervolgafspraak|-0.99
p:we moeten|bedanken|1.0
p:we niet|ik-boodschap|-0.98
p:we niet|prijzen|-0.9
p:we niet|afronding-aankondigen|-0.81
p:we niet|vervolgafspraak|-0.9
p:we niet|bedanken|-0.51
p:we niets|ik-boodschap|1.0
p:we niets|adviseren|-1.0
p:we niets|ondervragen|-1.0
p:we niets|afleiden|-1.0
p:we niets|afronding-aankondigen|-0.13
p:we nu|vervolgafspraak|-0.9
p:we over|afleiden|-0.99
p:we over|afronding-aankondigen|-1.82
p:we over|vervolgafspraak|0.82
p:we plannen|ik-boodschap|-0.98
p:we plannen|afronding-aankondigen|0.8
p:we ronden|samenvatting|-1.92
p:we ronden|bedanken|0.88
p:we samen|ik-boodschap|-0.99
p:we samen|jij-boodschap|-0.82
p:we samen|samenvatting|1.94
p:we samen|afronding-aankondigen|-0.95
p:we samen|vervolgafspraak|2.88
p:we sluiten|vervolgafspraak|-0.97
p:we spreken|ik-boodschap|-0.99
p:we spreken|jij-boodschap|-0.82
p:we spreken|samenvatting|1.98
p:we spreken|vervolgafspraak|1.04
p:we steeds|ik-boodschap|0.98
p:we stoppen|afronding-aankondigen|0.93
p:we stoppen|vervolgafspraak|0.93
p:we stoppen|bedanken|0.78
p:we streng|geruststellen|-0.99
p:we verder|vervolgafspraak|0.89
p:we volgende|open-vraag|-0.98
p:we volgende|adviseren|-0.85
p:we volgende|ondervragen|-0.83
p:we volgende|vervolgafspraak|0.96
p:we voor|ik-boodschap|0.98
p:we vrijdag|vervolgafspraak|0.92
p:we weer|afronding-aankondigen|-0.98
p:we weer|vervolgafspraak|0.99
p:we weer|bedanken|0.13
p:we wel|afleiden|-0.94
p:we willen|samenvatting|0.98
p:we willen|afronding-aankondigen|-0.81
p:we zijn|adviseren|-0.96
p:we zijn|vervolgafspraak|0.17
p:we zitten|vervolgafspraak|-0.93
p:week bel|ik-boodschap|-0.78
p:week bel|samenvatting|0.78
p:week bel|bedanken|1.0
p:week dinsdag|open-vraag|-0.98
p:week doorneemt|moraliseren|-0.78
p:week doorneemt|adviseren|0.91
p:week drie|ik-boodschap|1.0
p:week drie|jij-boodschap|-0.96
p:week drie|samenvatting|-0.99
p:week een|adviseren|0.94
p:week evalueren|samenvatting|-0.95
p:week evalueren|afronding-aankondigen|-0.95
p:week gelezen|ondervragen|1.77
p:week ging|bekritiseren|-0.71
p:week heb|ik-boodschap|-0.89
p:week hebben|afleiden|-0.98
p:week in|afleiden|-0.95
p:week maandag|bedanken|-0.83
p:week met|jij-boodschap|-0.77
p:week met|parafrase|-1.0
p:week met|bekritiseren|-0.77
p:week met|vervolgafspraak|-1.0
p:week niet|vervolgafspraak|-0.96
p:week om|bevelen|-0.91
p:week samen|jij-boodschap|0.97
p:week samen|adviseren|-0.85
p:week samen|bekritiseren|0.82
p:week terug|vervolgafspraak|-0.91
p:week twee|gevoelsreflectie|-0.86
p:week twee|open-vraag|0.93
p:week vier|vervolgafspraak|-0.96
p:week vrijdag|ik-boodschap|-0.99
p:week vrijdag|jij-boodschap|-0.82
p:week vrijdag|samenvatting|0.99
p:week vrijdag|vervolgafspraak|0.99
p:week woensdag|etiketteren|-1.0
p:week woensdag|ondervragen|-0.83
p:week woensdag|vervolgafspraak|1.96
p:week woensdag|bedanken|-0.99
p:week zijn|ik-boodschap|0.94
p:week zit|vervolgafspraak|0.96
p:weekend ?|ondervragen|0.16
p:weekend gebeurde|ik-boodschap|-1.0
p:weekend gebeurde|gevoelsreflectie|-1.0
p:weekend gebeurde|bedanken|-1.0
p:weekend niet|ik-boodschap|0.98
p:weekend niet|parafrase|-0.98
p:weekend niet|vervolgafspraak|-0.98
p:weekplanner op|waarschuwen|-0.93
p:weer beter|aanmoediging|-0.93
p:weer beter|etiketteren|0.93
p:weer dan|samenvatting|-0.82
p:weer dank|bekritiseren|1.64
p:weer dank|vervolgafspraak|0.93
p:weer dank|bedanken|-1.05
p:weer eens|jij-boodschap|1.0
p:weer eens|bekritiseren|1.0
p:weer gebeurt|waarschuwen|0.9
p:weer gebeurt|bekritiseren|0.9
p:weer goed|afleiden|-0.95
p:weer hier|afronding-aankondigen|-0.94
p:weer in|waarschuwen|0.97
p:weer in|prijzen|-0.97
p:weer is|etiketteren|-0.83
p:weer mee|geruststellen|0.73
p:weer met|samenvatting|0.98
p:weer naar|bevelen|-0.89
p:weer naar|bekritiseren|-0.89
p:weer niet|ik-boodschap|-0.82
p:weer om|vervolgafspraak|0.99
p:weer om|bedanken|0.13
p:weer op|bekritiseren|-0.91
p:weer pesten|waarschuwen|-0.91
p:weer spijbelt|moraliseren|-0.87
p:weer te|waarschuwen|0.99
p:weer terug|geruststellen|-0.99
p:weer trouwens|bekritiseren|-0.98
p:weer trouwens|afleiden|0.98
p:wees gerust|geruststellen|0.81
p:weet ?|bekritiseren|0.59
p:weet dat|prijzen|0.93
p:weet het|aanmoediging|-0.93
p:weet het|etiketteren|0.93
p:weet iedereen|moraliseren|0.95
p:weet je|moraliseren|0.92
p:weet niet|parafrase|-0.92
p:weet niet|gevoelsreflectie|-0.95
p:weet niet|samenvatting|0.83
p:weet toch|moraliseren|0.95
p:weet toch|argumenteren|-1.68
p:weet u|ik-boodschap|0.95
p:weet wat|waarschuwen|0.99
p:weet wat|moraliseren|-0.87
p:weg als|bevelen|0.83
p:wegbleef zonder|vervolgafspraak|-0.96
p:wegstopt pak|ik-boodschap|-0.92
p:wegstopt pak|waarschuwen|0.92
p:wegzakt misschien|ik-boodschap|0.91
p:wegzakt misschien|adviseren|0.8
p:weinig betrokken|ik-boodschap|-0.97
p:weinig contact|open-vraag|0.99
p:weinig doet|gevoelsreflectie|-0.98
p:weinig slaapt|ik-boodschap|0.91
p:weinig slaapt|adviseren|0.8
p:weinig uitdaging|open-vraag|-0.99
p:weinig vrienden|samenvatting|0.93
p:weken echt|geruststellen|0.95
p:weken evalueren|afleiden|-0.99
p:weken geen|ik-boodschap|0.93
p:weken geen|jij-boodschap|-0.93
p:weken geen|argumenteren|-0.93
p:weken geen|bekritiseren|-0.93
p:weken in|bevelen|-0.69
p:weken in|argumenteren|0.94
p:weken in|bekritiseren|0.94
p:weken moet|argumenteren|0.95
p:weken om|ik-boodschap|0.78
p:weken om|adviseren|0.87
p:weken om|vervolgafspraak|0.92
p:weken op|parafrase|-0.91
p:weken op|samenvatting|0.91
p:weken opnieuw|afronding-aankondigen|-0.95
p:weken pas|vervolgafspraak|-0.92
p:weken samen|vervolgafspraak|0.82
p:weken stiller|ik-boodschap|-0.98
p:weken uit|interpreteren|-1.0
p:weken vaak|interpreteren|-0.93
p:weken van|geruststellen|-0.92
p:weken zien|samenvatting|-0.82
p:weken zijn|ik-boodschap|-0.15
p:weken zijn|vervolgafspraak|0.92
p:weken zitten|vervolgafspraak|0.99
p:weken zitten|bedanken|0.13
p:wel bij|geruststellen|-0.87
p:wel bram|open-vraag|-0.9
p:wel bram|afleiden|0.9
p:wel dan|prijzen|-0.98
p:wel dat|jij-boodschap|-1.0
p:wel dat|parafrase|-1.0
p:wel dat|bevelen|-1.0
p:wel dat|argumenteren|-1.0
p:wel dat|bekritiseren|-1.0
p:wel dat|prijzen|0.11
p:wel dat|interpreteren|-1.0
p:wel dat|ondervragen|-0.91
p:wel dat|vervolgafspraak|-1.0
p:wel doorheen|geruststellen|0.97
p:wel echt|geruststellen|0.81
p:wel een|parafrase|-0.89
p:wel een|bekritiseren|-0.95
p:wel eens|adviseren|-0.93
p:wel eens|etiketteren|-0.93
p:wel eens|geruststellen|-0.77
p:wel eens|ondervragen|-0.97
p:wel eens|afleiden|0.82
p:wel even|prijzen|1.0
p:wel gemaakt|geruststellen|-0.72
p:wel goed|samenvatting|-0.91
p:wel goed|open-vraag|-0.96
p:wel had|ik-boodschap|-0.99
p:wel heel|jij-boodschap|0.86
p:wel heel|bekritiseren|0.86
p:wel in|geruststellen|0.95
p:wel je|gevoelsreflectie|-0.95
p:wel je|samenvatting|0.83
p:wel maar|gevoelsreflectie|-0.99
p:wel maar|bekritiseren|-0.69
p:wel met|bekritiseren|0.99
p:wel over|geruststellen|0.99
p:wel over|afleiden|-0.99
p:wel u|jij-boodschap|0.98
p:wel u|bekritiseren|0.98
p:wel uit|etiketteren|-0.94
p:wel vaker|prijzen|-0.97
p:wel van|ik-boodschap|-0.91
p:wel voor|waarschuwen|-1.0
p:wel voor|bedanken|1.0
p:wel we|samenvatting|-0.98
p:wel zijn|moraliseren|-0.96
p:welk telefoonnummer|open-vraag|-0.91
p:welk vak|parafrase|-0.94
p:welk vak|open-vraag|-0.94
p:welke afspraken|gevoelsreflectie|-0.98
p:welke dagen|ondervragen|0.98
p:welke klas|jij-boodschap|-0.98
p:welke klas|ondervragen|-0.98
p:werk hem|bekritiseren|-0.94
p:werk niet|geruststellen|-0.96
p:werken blijft|ik-boodschap|-0.97
p:werken en|ik-boodschap|0.99
p:werken maar|geruststellen|-0.9
p:werken omdat|interpreteren|-0.82
p:werker noor|prijzen|0.85
p:werkstuk is|bekritiseren|0.81
p:werkstuk krijgt|argumenteren|0.9
p:werkstuk morgen|waarschuwen|0.97
p:werkstuk niet|jij-boodschap|-1.0
p:werkstuk niet|waarschuwen|-1.0
p:werkstuk niet|bekritiseren|-1.0
p:werkstuk uiterlijk|bevelen|1.76
p:werkt voor|bedanken|-0.93
p:werkweek niet|ik-boodschap|-0.99
p:werkweek niet|parafrase|0.99
p:weten als|bekritiseren|-0.93
p:weten als|vervolgafspraak|0.95
p:weten jullie|bekritiseren|1.36
p:weten wat|parafrase|-0.93
p:weten wat|samenvatting|0.93
p:wie ?|ik-boodschap|-0.99
p:wie ?|moraliseren|-0.92
p:wie ?|bekritiseren|-0.99
p:wie ?|afleiden|-0.99
p:wie controleert|ondervragen|0.83
p:wie controleert|vervolgafspraak|-0.9
p:wie een|argumenteren|0.87
p:wie heeft|interpreteren|-0.99
p:wie hij|bekritiseren|0.99
p:wie is|open-vraag|-1.0
p:wie niet|argumenteren|1.92
p:wie was|open-vraag|-1.0
p:wie was|adviseren|-0.78
p:wie was|argumenteren|-0.82
p:wie was|ondervragen|1.0
p:wij ons|prijzen|-0.98
p:wijze vrouw|prijzen|0.97
p:wil alles|moraliseren|-0.96
p:wil daan|samenvatting|0.98
p:wil dat|gevoelsreflectie|-0.98
p:wil dat|bevelen|0.98
p:wil eerlijk|bekritiseren|0.71
p:wil eigenlijk|parafrase|0.92
p:wil eigenlijk|samenvatting|-0.93
p:wil gaan|vervolgafspraak|-0.79
p:wil graag|parafrase|-0.97
p:wil het|ik-boodschap|-0.83
p:wil het|samenvatting|1.87
p:wil het|afronding-aankondigen|1.94
p:wil het|bedanken|0.46
p:wil hij|samenvatting|-0.98
p:wil hij|argumenteren|-0.99
p:wil ik|samenvatting|-0.77
p:wil ik|afleiden|0.93
p:wil je|samenvatting|0.96
p:wil maken|interpreteren|0.99
p:wil naast|afronding-aankondigen|-0.93
p:wil praten|parafrase|0.87
p:wil praten|gevoelsreflectie|0.98
p:wil vaker|afronding-aankondigen|-0.93
p:wil wel|gevoelsreflectie|-0.95
p:wil wel|samenvatting|1.82
p:wil wel|bekritiseren|-0.69
p:wil werken|geruststellen|-0.9
p:willen allebei|samenvatting|0.98
p:willen allebei|afronding-aankondigen|-0.81
p:willen zien|bekritiseren|0.39
p:wilt bel|waarschuwen|-0.79
p:wilt dat|parafrase|1.93
p:wilt dat|samenvatting|0.14
p:wilt een|bedanken|-0.83
p:wilt gewoon|interpreteren|0.97
p:wilt graag|parafrase|0.91
p:wilt graag|vervolgafspraak|0.91
p:wilt horen|bekritiseren|-1.78
p:wilt kan|ik-boodschap|-0.96
p:wilt meer|parafrase|-0.99
p:wilt meer|samenvatting|0.95
p:wilt sneller|parafrase|-0.99
p:wilt u|parafrase|-0.92
p:wilt u|samenvatting|1.0
p:wilt u|aanmoediging|-0.98
p:wilt u|adviseren|-0.97
p:wilt u|interpreteren|0.99
p:wilt u|bedanken|-0.99
p:wilt weten|parafrase|-0.93
p:wilt weten|samenvatting|0.93
p:wiskunde echt|argumenteren|-0.98
p:wiskunde en|jij-boodschap|-0.98
p:wiskunde en|argumenteren|0.98
p:wiskunde en|bekritiseren|-0.98
p:wiskunde kan|etiketteren|-0.99
p:wiskunde steeds|gevoelsreflectie|-0.96
p:wist ik|vervolgafspraak|-0.96
p:wit staan|argumenteren|0.93
p:woensdag bijles|prijzen|0.98
p:woensdag en|samenvatting|-0.93
p:woensdag kijken|parafrase|-0.91
p:woensdag kijken|samenvatting|0.91
p:woensdag na|bedanken|-0.99
p:woensdag om|etiketteren|-1.0
p:woensdag om|ondervragen|-0.83
p:woensdag om|vervolgafspraak|1.0
p:woensdag samen|vervolgafspraak|0.96
p:wonen dichtbij|bekritiseren|-1.0
p:woont ?|samenvatting|-1.0
p:woorden anders|waarschuwen|0.95
p:woorden het|geruststellen|-0.96
p:woorden hij|parafrase|0.92
p:woorden thuis|gevoelsreflectie|-0.99
p:woorden thuis|samenvatting|-0.99
p:woorden u|parafrase|1.98
p:woorden u|gevoelsreflectie|1.0
p:woorden u|samenvatting|0.99
p:word er|ik-boodschap|1.97
p:word er|moraliseren|-0.94
p:word ik|ik-boodschap|-0.98
p:word ik|jij-boodschap|-0.96
p:word ik|bekritiseren|-0.91
p:worden en|parafrase|-0.99
p:worden kunnen|vervolgafspraak|-0.9
p:wordt bij|argumenteren|0.95
p:wordt buitengesloten|parafrase|0.86
p:wordt buitengesloten|samenvatting|-0.94
p:wordt en|open-vraag|-0.95
p:wordt er|ik-boodschap|0.95
p:wordt fijn|bedanken|0.99
p:wordt hem|bekritiseren|-0.87
p:wordt hij|waarschuwen|0.99
p:wordt hij|argumenteren|-0.89
p:wordt hij|bekritiseren|0.92
p:wordt ik|interpreteren|0.81
p:wordt misschien|adviseren|0.94
p:wordt wat|gevoelsreflectie|-0.18
p:wordt wat|open-vraag|0.9
p:yilmaz ik|parafrase|-0.99
p:youssef zijn|afronding-aankondigen|-0.98
p:yusuf door|interpreteren|-0.98
p:yusuf is|open-vraag|-0.92
p:zag dat|aanmoediging|-0.99
p:zag dat|bevelen|-0.9
p:zag dat|vervolgafspraak|-0.99
p:zakken wat|samenvatting|0.96
p:zal ik|vervolgafspraak|0.98
p:zal ik|bedanken|-0.83
p:zaterdag ?|open-vraag|-1.94
p:zaterdag ?|bekritiseren|-0.99
p:zaterdag ?|ondervragen|-0.99
p:zaterdag ?|afleiden|1.94
p:ze ?|open-vraag|-1.0
p:ze ?|argumenteren|-0.82
p:ze ?|ondervragen|1.0
p:ze al|afleiden|-0.94
p:ze daar|gevoelsreflectie|-0.94
p:ze dat|interpreteren|-0.82
p:ze de|open-vraag|0.97
p:ze de|waarschuwen|-0.91
p:ze de|interpreteren|0.99
p:ze doet|bekritiseren|1.1
p:ze elke|moraliseren|-0.98
p:ze elke|argumenteren|0.98
p:ze gemaakt|etiketteren|-0.68
p:ze gepest|gevoelsreflectie|-0.94
p:ze gewoon|interpreteren|0.78
p:ze haar|ik-boodschap|-0.95
p:ze heeft|ik-boodschap|0.94
p:ze heeft|moraliseren|-0.95
p:ze het|waarschuwen|0.91
p:ze het|interpreteren|0.99
p:ze hulp|prijzen|1.0
p:ze is|ik-boodschap|-1.0
p:ze is|jij-boodschap|-1.0
p:ze is|parafrase|-1.0
p:ze is|gevoelsreflectie|-1.0
p:ze is|samenvatting|-1.0
p:ze is|open-vraag|-1.0
p:ze is|aanmoediging|-1.0
p:ze is|bevelen|-1.0
p:ze is|waarschuwen|-1.0
p:ze is|moraliseren|-1.0
p:ze is|adviseren|-1.0
p:ze is|argumenteren|-1.0
p:ze is|bekritiseren|-2.58
p:ze is|prijzen|-1.0
p:ze is|etiketteren|-1.0
p:ze is|interpreteren|-1.0
p:ze is|geruststellen|1.0
p:ze is|ondervragen|-1.0
p:ze is|afleiden|-1.0
p:ze is|afronding-aankondigen|-1.0
p:ze is|vervolgafspraak|-1.0
p:ze is|bedanken|-1.0
p:ze je|waarschuwen|-0.91
p:ze komt|geruststellen|-1.0
p:ze moe|moraliseren|-0.98
p:ze moe|argumenteren|0.98
p:ze morgen|bevelen|1.0
p:ze morgen|argumenteren|-1.0
p:ze morgen|afronding-aankondigen|-1.0
p:ze niet|ik-boodschap|1.95
p:ze niet|open-vraag|0.92
p:ze ongestoord|adviseren|0.95
p:ze op|moraliseren|1.0
p:ze op|bekritiseren|-2.5
p:ze op|geruststellen|-0.99
p:ze op|afleiden|0.99
p:ze thuis|parafrase|0.87
p:ze thuis|gevoelsreflectie|0.98
p:ze vaak|ik-boodschap|-0.96
p:ze vijf|parafrase|-0.92
p:ze voelt|bedanken|0.7
p:ze weer|samenvatting|0.98
p:ze wil|parafrase|0.92
p:ze zich|ik-boodschap|-0.98
p:ze zich|parafrase|-0.92
p:ze zich|vervolgafspraak|0.96
p:ze zit|interpreteren|-0.82
p:ze zo|ik-boodschap|0.91
p:ze zo|waarschuwen|0.91
p:ze zo|adviseren|0.8
p:ze zo|ondervragen|-0.94
p:zeg het|samenvatting|0.93
p:zeg hoe|open-vraag|-0.99
p:zeg hoe|bekritiseren|-0.99
p:zeg hoe|ondervragen|-0.99
p:zeg hoe|afleiden|0.99
p:zeg jij|bevelen|0.94
p:zeg niet|gevoelsreflectie|-0.97
p:zeg niet|geruststellen|0.88
p:zeggen dat|gevoelsreflectie|-0.88
p:zeggen is|parafrase|1.0
p:zeggen is|gevoelsreflectie|-1.0
p:zeggen vertrok|afronding-aankondigen|-0.98
p:zegt als|waarschuwen|-0.99
p:zegt dat|parafrase|1.81
p:zegt dat|samenvatting|-0.98
p:zegt dat|bevelen|-0.94
p:zegt dat|moraliseren|-0.91
p:zegt dat|bekritiseren|-0.98
p:zegt dat|interpreteren|1.65
p:zegt dat|geruststellen|0.91
p:zegt dat|bedanken|-0.93
p:zegt eigenlijk|gevoelsreflectie|-0.86
p:zegt eigenlijk|interpreteren|-0.96
p:zegt hij|parafrase|0.86
p:zegt hij|samenvatting|-0.94
p:zegt hij|aanmoediging|-0.99
p:zegt hij|argumenteren|1.0
p:zegt meer|interpreteren|0.69
p:zegt noah|samenvatting|-0.95
p:zegt omdat|jij-boodschap|-0.98
p:zegt u|aanmoediging|1.8
p:zegt u|bevelen|-0.99
p:zegt u|ondervragen|1.0
p:zegt yusuf|open-vraag|-0.92
p:zei dat|jij-boodschap|-1.0
p:zei dat|aanmoediging|-1.0
p:zei dat|bekritiseren|-1.0
p:zei dat|interpreteren|-1.0
p:zei ze|argumenteren|-0.82
p:zeker mee|prijzen|0.83
p:zelf begint|interpreteren|0.81
p:zelf dat|samenvatting|-0.95
p:zelf dat|open-vraag|0.95
p:zelf doet|jij-boodschap|1.43
p:zelf doet|bekritiseren|1.67
p:zelf gepest|interpreteren|0.95
p:zelf heeft|interpreteren|-0.78
p:zelf je|bevelen|1.65
p:zelf je|vervolgafspraak|-0.83
p:zelf laten|adviseren|0.94
p:zelf naar|parafrase|-1.0
p:zelf ook|jij-boodschap|-0.98
p:zelf ook|gevoelsreflectie|0.95
p:zelf over|parafrase|0.92
p:zelf over|gevoelsreflectie|-0.94
p:zelf plannen|interpreteren|-0.85
p:zelf plannen|geruststellen|-0.85
p:zelf praten|adviseren|-0.97
p:zelf steeds|jij-boodschap|0.98
p:zelf te|bekritiseren|0.92
p:zelf van|jij-boodschap|-0.97
p:zelf van|bekritiseren|-0.39
p:zelf zo|jij-boodschap|0.9
p:zenuwachtig bent|ik-boodschap|-0.97
p:zenuwachtig bent|geruststellen|0.9
p:zenuwachtig bent|afleiden|-0.9
p:zenuwachtig over|parafrase|-1.0
p:zenuwachtig over|open-vraag|1.0
p:zenuwachtig over|vervolgafspraak|-1.0
p:zenuwachtig van|jij-boodschap|-0.96
p:zes toetsen|parafrase|-0.92
p:zesde uur|afronding-aankondigen|0.95
p:zet het|open-vraag|-0.93
p:zet u|adviseren|0.84
p:zet u|ondervragen|-0.84
p:zet zijn|gevoelsreflectie|-0.83
p:zetten over|vervolgafspraak|-0.96
p:zetten over|bedanken|-0.96
p:zich als|bekritiseren|-0.93
p:zich bij|interpreteren|-0.96
p:zich buitengesloten|jij-boodschap|-0.97
p:zich buitengesloten|parafrase|-0.93
p:zich buitengesloten|samenvatting|0.93
p:zich daar|gevoelsreflectie|0.98
p:zich daardoor|bedanken|0.7
p:zich de|vervolgafspraak|0.96
p:zich deze|jij-boodschap|-0.96
p:zich echt|gevoelsreflectie|1.0
p:zich echt|open-vraag|0.96
p:zich eigenlijk|jij-boodschap|-0.51
p:zich eigenlijk|bekritiseren|-0.51
p:zich er|jij-boodschap|0.86
p:zich er|bekritiseren|0.86
p:zich gewoon|interpreteren|0.91
p:zich heeft|ik-boodschap|-0.96
p:zich heeft|vervolgafspraak|0.92
p:zich helemaal|jij-boodschap|0.89
p:zich in|parafrase|-1.0
p:zich in|samenvatting|-1.0
p:zich in|bedanken|-1.0
p:zich maar|gevoelsreflectie|-0.93
p:zich maar|open-vraag|-0.96
p:zich maar|afleiden|-0.99
p:zich machteloos|aanmoediging|-0.99
p:zich morgen|bevelen|0.9
p:zich nergens|jij-boodschap|0.97
p:zich nergens|samenvatting|-0.97
p:zich nergens|bekritiseren|0.87
p:zich nergens|etiketteren|-0.98
p:zich niet|jij-boodschap|-0.95
p:zich niet|parafrase|0.97
p:zich niet|gevoelsreflectie|1.0
p:zich niet|samenvatting|0.95
p:zich niet|bekritiseren|-0.95
p:zich nooit|adviseren|-0.99
p:zich nooit|bekritiseren|0.99
p:zich nooit|prijzen|-0.98
p:zich nou|waarschuwen|-0.99
p:zich nou|geruststellen|0.99
p:zich ongerust|open-vraag|-0.96
p:zich ontzettend|jij-boodschap|0.98
p:zich ontzettend|bekritiseren|0.98
p:zich overal|gevoelsreflectie|-0.76
p:zich overal|bekritiseren|0.76
p:zich schuldig|gevoelsreflectie|-0.99
p:zich schuldig|argumenteren|-0.92
p:zich schuldig|geruststellen|-0.89
p:zich terug|parafrase|-0.92
p:zich thuis|ik-boodschap|-0.98
p:zich vanaf|bevelen|0.99
p:zich vanaf|waarschuwen|0.99
p:zich vanaf|argumenteren|-0.89
p:zich veel|bekritiseren|0.71
p:zich verveelt|interpreteren|0.97
p:zich voelt|gevoelsreflectie|-0.97
p:zich want|argumenteren|0.72
p:zich want|bekritiseren|-0.91
p:zich zorgen|gevoelsreflectie|0.87
p:zich zorgen|open-vraag|0.88
p:zie alleen|geruststellen|-0.96
p:zie dat|ik-boodschap|0.13
p:zie dat|parafrase|-0.99
p:zie dat|gevoelsreflectie|0.97
p:zie dat|adviseren|-0.83
p:zie dat|geruststellen|0.97
p:zie dat|bedanken|0.93
p:zie ik|samenvatting|-1.0
p:zie ik|open-vraag|1.0
p:zie ik|waarschuwen|-1.0
p:zie ik|bekritiseren|-2.32
p:zie ik|prijzen|-0.97
p:zie ik|afronding-aankondigen|0.88
p:zie ik|vervolgafspraak|1.93
p:zie ik|bedanken|0.78
p:zie neem|bevelen|0.83
p:ziek bent|moraliseren|0.98
p:ziek gemeld|jij-boodschap|-0.96
p:ziek gemeld|aanmoediging|-1.0
p:ziek gemeld|adviseren|-1.0
p:ziek gemeld|etiketteren|-0.93
p:ziek gemeld|ondervragen|1.0
p:ziek is|bevelen|0.74
p:ziek is|interpreteren|-0.93
p:ziekmelding pas|ik-boodschap|0.98
p:ziekmelding pas|waarschuwen|-0.83
p:ziekte voor|samenvatting|0.95
p:ziekte voor|afronding-aankondigen|0.95
p:ziekte voor|bedanken|0.84
p:zien ?|jij-boodschap|-1.0
p:zien ?|open-vraag|0.99
p:zien alleen|bekritiseren|0.39
p:zien dat|ik-boodschap|0.73
p:zien dat|argumenteren|0.96
p:zien hoe|ik-boodschap|0.94
p:zien wat|ik-boodschap|0.89
p:zien we|samenvatting|-0.82
p:ziet een|parafrase|-0.9
p:ziet een|gevoelsreflectie|-0.96
p:ziet een|afleiden|-0.99
p:ziet iedereen|bekritiseren|-1.58
p:ziet u|ik-boodschap|-0.85
p:ziet u|open-vraag|0.97
p:ziet u|argumenteren|0.92
p:ziet u|prijzen|1.0
p:zij probeert|adviseren|-0.7
p:zijn ?|open-vraag|1.0
p:zijn ?|geruststellen|-1.0
p:zijn als|waarschuwen|-0.97
p:zijn als|bekritiseren|-1.35
p:zijn altijd|jij-boodschap|-0.9
p:zijn altijd|prijzen|-0.97
p:zijn best|jij-boodschap|-0.26
p:zijn bijna|vervolgafspraak|-0.79
p:zijn broer|jij-boodschap|-1.0
p:zijn broer|aanmoediging|-1.0
p:zijn broer|bekritiseren|-1.0
p:zijn broer|interpreteren|-1.0
p:zijn broertje|afleiden|-0.94
p:zijn cijfers|ik-boodschap|-0.94
p:zijn cijfers|parafrase|-0.99
p:zijn cijfers|gevoelsreflectie|-0.1
p:zijn cijfers|samenvatting|-1.72
p:zijn cijfers|waarschuwen|0.98
p:zijn cijfers|geruststellen|-0.98
p:zijn cijfers|afleiden|-0.98
p:zijn cijfers|vervolgafspraak|-0.99
p:zijn concentratie|gevoelsreflectie|-0.83
p:zijn daden|moraliseren|0.97
p:zijn de|afronding-aankondigen|-0.99
p:zijn dit|samenvatting|-0.98
p:zijn dit|afleiden|-0.98
p:zijn door|adviseren|-0.96
p:zijn door|vervolgafspraak|0.96
p:zijn duidelijk|samenvatting|-1.0
p:zijn duidelijk|moraliseren|-1.0
p:zijn duidelijk|argumenteren|1.0
p:zijn echt|jij-boodschap|0.96
p:zijn echt|etiketteren|0.96
p:zijn er|gevoelsreflectie|-0.83
p:zijn er|samenvatting|1.0
p:zijn er|open-vraag|-1.0
p:zijn er|afleiden|1.88
p:zijn fiets|bevelen|0.94
p:zijn gang|bevelen|-1.83
p:zijn gang|bekritiseren|-1.0
p:zijn gedraai|bekritiseren|0.87
p:zijn gedrag|jij-boodschap|-0.91
p:zijn gedrag|bekritiseren|0.92
p:zijn gemiddelde|ik-boodschap|0.93
p:zijn gemiddelde|jij-boodschap|-0.93
p:zijn gemiddelde|argumenteren|-0.93
p:zijn gemiddelde|bekritiseren|-0.93
p:zijn geweest|parafrase|-1.0
p:zijn geweest|gevoelsreflectie|1.85
p:zijn geweest|open-vraag|-1.0
p:zijn geweest|argumenteren|-1.0
p:zijn geweest|etiketteren|-0.94
p:zijn geweest|geruststellen|-0.89
p:zijn gymspullen|ik-boodschap|-0.99
p:zijn hoor|geruststellen|0.97
p:zijn huiswerk|ik-boodschap|-0.15
p:zijn huiswerk|waarschuwen|0.85
p:zijn huiswerk|adviseren|0.1
p:zijn huiswerk|bekritiseren|0.15
p:zijn huiswerk|prijzen|-0.98
p:zijn huiswerk|etiketteren|-1.0
p:zijn huiswerk|ondervragen|0.98
p:zijn huiswerk|vervolgafspraak|1.74
p:zijn in|argumenteren|1.0
p:zijn kamer|ondervragen|0.83
p:zijn kamer|vervolgafspraak|-0.9
p:zijn klasgenoot|ik-boodschap|0.94
p:zijn laars|jij-boodschap|0.97
p:zijn laars|bekritiseren|0.82
p:zijn laatste|bekritiseren|-0.9
p:zijn lip|bekritiseren|0.95
p:zijn mentor|open-vraag|-1.0
p:zijn mooie|afleiden|0.79
p:zijn om|adviseren|0.99
p:zijn opdrachten|ik-boodschap|1.94
p:zijn overgang|samenvatting|-1.0
p:zijn overgang|open-vraag|-1.0
p:zijn planner|ik-boodschap|0.98
p:zijn planner|parafrase|-0.98
p:zijn planner|vervolgafspraak|-0.98
p:zijn planning|ik-boodschap|-0.78
p:zijn planning|samenvatting|1.78
p:zijn planning|vervolgafspraak|1.0
p:zijn plek|waarschuwen|0.97
p:zijn pootjes|geruststellen|0.92
p:zijn regels|argumenteren|0.9
p:zijn rekenmachine|vervolgafspraak|0.92
p:zijn rooster|ik-boodschap|0.73
p:zijn rooster|ondervragen|-0.87
p:zijn slaap|ik-boodschap|-0.88
p:zijn slaap|gevoelsreflectie|-0.83
p:zijn slaap|samenvatting|1.0
p:zijn slaap|open-vraag|1.0
p:zijn slechte|open-vraag|-0.93
p:zijn spullen|afronding-aankondigen|-0.98
p:zijn telefoon|samenvatting|-0.99
p:zijn telefoon|waarschuwen|0.93
p:zijn telefoon|adviseren|-0.99
p:zijn u|bekritiseren|0.71
p:zijn vader|parafrase|0.94
p:zijn vader|gevoelsreflectie|-1.0
p:zijn vader|samenvatting|-1.0
p:zijn vader|open-vraag|1.0
p:zijn van|moraliseren|0.99
p:zijn van|interpreteren|-0.99
p:zijn vel|bekritiseren|-0.94
p:zijn verzuim|samenvatting|1.93
p:zijn verzuim|open-vraag|-0.98
p:zijn verzuim|afronding-aankondigen|0.95
p:zijn voldoende|argumenteren|-0.97
p:zijn voor|argumenteren|0.97
p:zijn vrienden|gevoelsreflectie|0.87
p:zijn vrienden|samenvatting|0.98
p:zijn vrienden|waarschuwen|-0.97
p:zijn vrienden|moraliseren|-0.97
p:zijn vrienden|ondervragen|-0.97
p:zijn zorgpunten|argumenteren|-0.97
p:zijn zulke|argumenteren|-0.98
p:zijn zulke|prijzen|0.98
p:zin afmaken|bevelen|1.0
p:zin hebt|interpreteren|0.84
p:zin in|jij-boodschap|1.48
p:zin in|bekritiseren|0.8
p:zin in|interpreteren|-1.79
p:zin te|adviseren|-0.7
p:zin wil|interpreteren|0.99
p:zit alleen|interpreteren|-0.82
p:zit altijd|jij-boodschap|0.9
p:zit altijd|bekritiseren|2.08
p:zit de|bevelen|0.84
p:zit de|bekritiseren|1.0
p:zit de|interpreteren|-1.0
p:zit de|vervolgafspraak|0.96
p:zit elke|ik-boodschap|0.98
p:zit elke|bekritiseren|-0.8
p:zit en|samenvatting|0.98
p:zit en|open-vraag|-0.98
p:zit er|ik-boodschap|-0.98
p:zit er|parafrase|-0.92
p:zit er|bekritiseren|-0.82
p:zit er|interpreteren|-0.97
p:zit er|geruststellen|0.97
p:zit er|afleiden|-0.94
p:zit haar|jij-boodschap|-0.98
p:zit haar|ondervragen|-0.98
p:zit het|interpreteren|0.83
p:zit hier|jij-boodschap|0.98
p:zit hier|samenvatting|-0.98
p:zit hier|bevelen|-0.98
p:zit hier|bekritiseren|1.74
p:zit hij|waarschuwen|0.97
p:zit hij|prijzen|-0.97
p:zit hij|ondervragen|0.98
p:zit in|jij-boodschap|-0.9
p:zit in|bekritiseren|-0.9
p:zit in|geruststellen|-0.9
p:zit kom|ik-boodschap|0.92
p:zit komt|samenvatting|-0.81
p:zit me|ik-boodschap|1.0
p:zit me|adviseren|-0.98
p:zit merk|ik-boodschap|0.96
p:zit naast|jij-boodschap|-0.73
p:zit naast|bevelen|-1.0
p:zit naast|etiketteren|-1.0
p:zit steeds|bekritiseren|-0.94
p:zit te|ik-boodschap|-0.85
p:zit te|jij-boodschap|0.95
p:zit te|bekritiseren|0.95
p:zit vanaf|bevelen|-0.8
p:zitten aan|vervolgafspraak|-0.93
p:zitten als|bevelen|0.7
p:zitten amir|parafrase|-0.86
p:zitten anders|bevelen|0.95
p:zitten anders|waarschuwen|1.71
p:zitten daardoor|ik-boodschap|0.97
p:zitten dan|waarschuwen|-0.89
p:zitten dat|gevoelsreflectie|-0.93
p:zitten dat|geruststellen|0.9
p:zitten en|afronding-aankondigen|-0.93
p:zitten je|bevelen|-1.79
p:zitten je|waarschuwen|-0.83
p:zitten kevin|geruststellen|-0.99
p:zitten met|afronding-aankondigen|-0.95
p:zitten of|waarschuwen|1.0
p:zitten snap|parafrase|-0.87
p:zitten snap|gevoelsreflectie|0.93
p:zitten snap|geruststellen|0.93
p:zitten veel|bekritiseren|0.95
p:zitten we|vervolgafspraak|0.99
p:zitten we|bedanken|0.13
p:zo ?|bekritiseren|-0.93
p:zo aan|etiketteren|0.98
p:zo babyachtig|etiketteren|0.92
p:zo blijft|waarschuwen|1.82
p:zo blijft|bekritiseren|0.92
p:zo blijft|interpreteren|-1.0
p:zo dat|waarschuwen|-0.99
p:zo dat|argumenteren|0.85
p:zo doorgaat|jij-boodschap|1.77
p:zo doorgaat|open-vraag|-0.93
p:zo doorgaat|bevelen|-1.0
p:zo doorgaat|waarschuwen|0.98
p:zo doorgaat|moraliseren|-1.0
p:zo doorgaat|argumenteren|-0.98
p:zo doorgaat|bekritiseren|1.25
p:zo dramatisch|bevelen|-0.93
p:zo dramatisch|geruststellen|0.89
p:zo eerlijk|gevoelsreflectie|-0.77
p:zo eerlijk|interpreteren|-0.83
p:zo erg|argumenteren|-0.92
p:zo erg|geruststellen|0.78
p:zo fel|gevoelsreflectie|-0.99
p:zo fijn|etiketteren|-0.83
p:zo gaat|bevelen|-0.95
p:zo gaat|bekritiseren|-0.63
p:zo gaat|etiketteren|-0.93
p:zo goed|prijzen|0.98
p:zo haalt|parafrase|-1.0
p:zo haalt|bekritiseren|-0.37
p:zo hoog|interpreteren|0.99
p:zo hoort|argumenteren|-1.0
p:zo hysterisch|bevelen|1.79
p:zo kinderachtig|etiketteren|1.0
p:zo kunnen|ik-boodschap|-0.98
p:zo lang|adviseren|-0.94
p:zo meedenkend|waarschuwen|-0.81
p:zo mis|samenvatting|-0.99
p:zo mist|ik-boodschap|0.89
p:zo moeilijk|open-vraag|0.98
p:zo negatief|bekritiseren|1.05
p:zo niet|ondervragen|-0.91
p:zo ongeïnteresseerd|bekritiseren|0.82
p:zo ook|bevelen|-1.79
p:zo ook|waarschuwen|-0.83
p:zo ook|geruststellen|-0.79
p:zo open|bedanken|0.54
p:zo opstandig|ik-boodschap|-0.98
p:zo overdreven|jij-boodschap|-2.08
p:zo overdreven|waarschuwen|-0.97
p:zo overdreven|bekritiseren|-0.98
p:zo overdreven|geruststellen|-0.98
p:zo praat|moraliseren|0.98
p:zo reageert|parafrase|-0.99
p:zo reageert|interpreteren|0.99
p:zo redelijk|vervolgafspraak|-0.86
p:zo schieten|ik-boodschap|0.98
p:zo simpel|argumenteren|0.99
p:zo snel|jij-boodschap|-0.91
p:zo snel|vervolgafspraak|-0.92
p:zo staat|ik-boodschap|-0.91
p:zo staat|samenvatting|-0.93
p:zo staat|argumenteren|0.91
p:zo sterk|interpreteren|0.95
p:zo stil|bekritiseren|-0.96
p:zo stil|interpreteren|0.96
p:zo stil|ondervragen|-0.94
p:zo stoer|moraliseren|-0.95
p:zo stoer|adviseren|-0.98
p:zo stoer|prijzen|-0.97
p:zo stoer|etiketteren|-0.98
p:zo tegen|waarschuwen|0.81
p:zo uit|jij-boodschap|0.79
p:zo uit|bekritiseren|0.96
p:zo ver|jij-boodschap|0.9
p:zo volwassen|prijzen|0.93
p:zo want|afleiden|-0.98
p:zo weinig|ik-boodschap|0.91
p:zo weinig|adviseren|0.8
p:zo zegt|jij-boodschap|-0.98
p:zo zwaar|moraliseren|-0.94
p:zo zwaar|afleiden|1.8
p:zo'n betrokken|jij-boodschap|-1.0
p:zo'n betrokken|prijzen|1.0
p:zo'n betrokken|interpreteren|-1.0
p:zo'n betrokken|geruststellen|-0.99
p:zo'n fijne|prijzen|0.98
p:zo'n harde|prijzen|0.85
p:zo'n helikopterouder|etiketteren|0.93
p:zo'n opmerking|samenvatting|-0.9
p:zo'n opmerking|waarschuwen|0.94
p:zo'n opmerking|bekritiseren|0.69
p:zo'n ouder|prijzen|-0.93
p:zo'n ouder|etiketteren|0.93
p:zo'n slimme|prijzen|1.9
p:zo'n slimme|ondervragen|-0.91
p:zo'n toon|bekritiseren|0.98
p:zoekt gewoon|jij-boodschap|-0.96
p:zoekt gewoon|bevelen|-1.0
p:zoekt gewoon|ondervragen|-1.0
p:zoekt hij|bekritiseren|-0.94
p:zomer eigenlijk|open-vraag|-0.9
p:zomer eigenlijk|afleiden|0.9
p:zondag even|bevelen|-0.92
p:zondag samen|moraliseren|-0.78
p:zondag samen|adviseren|0.91
p:zonde ik|afronding-aankondigen|-0.98
p:zonde want|ik-boodschap|0.89
p:zonde zullen|vervolgafspraak|0.92
p:zonder bericht|argumenteren|0.87
p:zonder bericht|vervolgafspraak|-0.96
p:zonder boeken|open-vraag|0.92
p:zonder boeken|bekritiseren|0.74
p:zonder iets|afronding-aankondigen|-0.98
p:zoon doet|bekritiseren|-2.59
p:zoon een|geruststellen|-0.98
p:zoon heeft|bekritiseren|0.98
p:zoon is|bekritiseren|-1.0
p:zoon is|etiketteren|1.0
p:zoon liegt|bekritiseren|0.5
p:zoon tijdens|open-vraag|-0.97
p:zoon trekt|etiketteren|-0.98
p:zoon verpest|bekritiseren|1.64
p:zorg dat|bevelen|0.95
p:zorg dat|moraliseren|-0.93
p:zorgcoordinator erbij|afronding-aankondigen|0.8
p:zorgcoördinator aan|vervolgafspraak|1.83
p:zorgcoördinator en|samenvatting|0.9
p:zorgcoördinator en|vervolgafspraak|0.9
p:zorgcoördinator erbij|afronding-aankondigen|-0.95
p:zorgcoördinator niet|argumenteren|-0.94
p:zorgcoördinator niet|vervolgafspraak|-0.82
p:zorgelijk wat|samenvatting|-0.98
p:zorgelijk wat|bekritiseren|-0.98
p:zorgen er|prijzen|-0.98
p:zorgen heeft|open-vraag|-0.99
p:zorgen het|open-vraag|0.96
p:zorgen het|afleiden|-0.99
p:zorgen maakt|gevoelsreflectie|1.0
p:zorgen maakt|samenvatting|-1.0
p:zorgen om|ik-boodschap|-0.91
p:zorgen omdat|ik-boodschap|0.91
p:zorgen omdat|interpreteren|-0.93
p:zorgen over|gevoelsreflectie|-0.1
p:zorgen over|samenvatting|0.98
p:zorgen over|open-vraag|0.97
p:zorgen over|bekritiseren|-0.8
p:zorgen te|geruststellen|0.73
p:zorgen vast|argumenteren|-0.98
p:zorgen vast|prijzen|0.98
p:zorgen want|parafrase|-1.0
p:zorgen want|samenvatting|-0.99
p:zorgen want|open-vraag|-0.93
p:zorgen want|argumenteren|-0.98
p:zorgen zijn|gevoelsreflectie|-0.83
p:zorgt er|jij-boodschap|0.99
p:zorgt er|bekritiseren|0.99
p:zorgt er|prijzen|0.98
p:zorgt u|bevelen|1.0
p:zorgt u|argumenteren|-1.0
p:zorgt u|afronding-aankondigen|-1.0
p:zou als|moraliseren|0.77
p:zou als|adviseren|-1.85
p:zou bellen|open-vraag|-0.9
p:zou eens|adviseren|1.97
p:zou goed|adviseren|0.96
p:zou hij|moraliseren|0.94
p:zou ik|bevelen|-0.99
p:zou ik|adviseren|1.93
p:zou ik|bekritiseren|0.94
p:zou in|adviseren|0.99
p:zou je|gevoelsreflectie|-0.86
p:zou je|open-vraag|0.93
p:zou jou|adviseren|-0.94
p:zou u|jij-boodschap|-1.0
p:zou u|gevoelsreflectie|1.71
p:zou u|open-vraag|0.99
p:zou u|vervolgafspraak|-0.96
p:zou voor|open-vraag|1.0
p:zou voor|geruststellen|-1.0
p:zou zijn|adviseren|0.99
p:zoveel grapjes|interpreteren|0.98
p:zoveel kinderen|moraliseren|-0.94
p:zoveel kinderen|geruststellen|0.94
p:zoveel missen|argumenteren|1.0
p:zoveel verzuim|adviseren|-1.0
p:zoveel verzuim|prijzen|-1.0
p:zoë in|ik-boodschap|0.83
p:zoë in|open-vraag|1.92
p:zoë te|open-vraag|-0.99
p:zulke fijne|argumenteren|-0.98
p:zulke fijne|prijzen|0.98
p:zulke goede|parafrase|-0.89
p:zulke goede|bekritiseren|-0.95
p:zulke ruzietjes|bekritiseren|-0.99
p:zulke ruzietjes|geruststellen|-0.99
p:zulke ruzietjes|afleiden|0.99
p:zullen we|open-vraag|-0.98
p:zullen we|adviseren|-0.85
p:zullen we|argumenteren|-1.0
p:zullen we|ondervragen|-0.83
p:zullen we|afleiden|0.8
p:zullen we|afronding-aankondigen|-0.95
p:zullen we|vervolgafspraak|1.74
p:zult hem|jij-boodschap|-0.91
p:zus ?|jij-boodschap|-0.98
p:zus ?|ondervragen|-0.98
p:zwaar aan|moraliseren|-0.94
p:zwaar aan|afleiden|1.8
p:zwaar heeft|gevoelsreflectie|0.95
p:zwaar voor|ik-boodschap|0.84
p:zwaar voor|aanmoediging|-0.98
p:zwart op|argumenteren|0.93
p:één keer|ik-boodschap|-0.96
p:één keer|bevelen|-0.24
p:één keer|waarschuwen|2.0
p:één maand|ik-boodschap|0.83
p:één maand|open-vraag|0.95
regel:aanmoediging|jij-boodschap|-0.97
regel:aanmoediging|parafrase|-0.86
regel:aanmoediging|gevoelsreflectie|-2.9
regel:aanmoediging|open-vraag|-1.0
regel:aanmoediging|aanmoediging|6.93
regel:aanmoediging|bevelen|-1.62
regel:aanmoediging|etiketteren|-1.0
regel:aanmoediging|ondervragen|-1.0
regel:adviseren|ik-boodschap|0.75
regel:adviseren|gevoelsreflectie|1.91
regel:adviseren|open-vraag|-1.0
regel:adviseren|bevelen|-1.91
regel:adviseren|waarschuwen|-0.93
regel:adviseren|moraliseren|-1.2
regel:adviseren|adviseren|16.84
regel:adviseren|bekritiseren|-1.67
regel:adviseren|interpreteren|-0.84
regel:adviseren|ondervragen|-3.78
regel:adviseren|afleiden|-2.85
regel:afleiden|jij-boodschap|-1.0
regel:afleiden|samenvatting|-0.91
regel:afleiden|open-vraag|-0.99
regel:afleiden|bevelen|-2.61
regel:afleiden|moraliseren|-1.95
regel:afleiden|argumenteren|-1.92
regel:afleiden|bekritiseren|-2.61
regel:afleiden|etiketteren|-1.76
regel:afleiden|geruststellen|-1.99
regel:afleiden|ondervragen|-1.82
regel:afleiden|afleiden|14.16
regel:afleiden|afronding-aankondigen|-1.93
regel:afronding-aankondigen|ik-boodschap|-1.0
regel:afronding-aankondigen|samenvatting|-1.03
regel:afronding-aankondigen|bevelen|-0.83
regel:afronding-aankondigen|waarschuwen|-1.0
regel:afronding-aankondigen|adviseren|-0.96
regel:afronding-aankondigen|prijzen|-0.98
regel:afronding-aankondigen|geruststellen|-1.0
regel:afronding-aankondigen|afleiden|-1.91
regel:afronding-aankondigen|afronding-aankondigen|9.72
regel:afronding-aankondigen|vervolgafspraak|-5.62
regel:afronding-aankondigen|bedanken|-1.61
regel:argumenteren|ik-boodschap|-0.84
regel:argumenteren|jij-boodschap|-0.98
regel:argumenteren|parafrase|-0.92
regel:argumenteren|samenvatting|-1.0
regel:argumenteren|bevelen|-0.69
regel:argumenteren|waarschuwen|-0.99
regel:argumenteren|moraliseren|0.12
regel:argumenteren|adviseren|-1.0
regel:argumenteren|argumenteren|15.12
regel:argumenteren|bekritiseren|-2.82
regel:argumenteren|prijzen|-1.9
regel:argumenteren|etiketteren|-0.99
regel:argumenteren|interpreteren|-1.74
regel:argumenteren|geruststellen|-1.91
regel:argumenteren|afleiden|-2.68
regel:argumenteren|vervolgafspraak|-0.82
regel:bedanken|ik-boodschap|-0.78
regel:bedanken|jij-boodschap|-0.92
regel:bedanken|parafrase|-1.0
regel:bedanken|gevoelsreflectie|-0.77
regel:bedanken|bevelen|-1.0
regel:bedanken|waarschuwen|-1.0
regel:bedanken|adviseren|-0.96
regel:bedanken|argumenteren|-1.0
regel:bedanken|bekritiseren|0.66
regel:bedanken|prijzen|-1.82
regel:bedanken|interpreteren|-0.83
regel:bedanken|afronding-aankondigen|-1.02
regel:bedanken|vervolgafspraak|-1.93
regel:bedanken|bedanken|10.5
regel:bekritiseren|ik-boodschap|0.93
regel:bekritiseren|jij-boodschap|4.88
regel:bekritiseren|parafrase|-1.0
regel:bekritiseren|gevoelsreflectie|-1.67
regel:bekritiseren|bevelen|-1.81
regel:bekritiseren|waarschuwen|-0.99
regel:bekritiseren|moraliseren|-0.87
regel:bekritiseren|adviseren|-1.96
regel:bekritiseren|argumenteren|-0.96
regel:bekritiseren|bekritiseren|19.0
regel:bekritiseren|prijzen|-2.92
regel:bekritiseren|etiketteren|-4.5
regel:bekritiseren|interpreteren|-1.0
regel:bekritiseren|geruststellen|-1.94
regel:bekritiseren|ondervragen|-0.94
regel:bekritiseren|afleiden|-1.96
regel:bevelen|ik-boodschap|-1.99
regel:bevelen|jij-boodschap|-0.42
regel:bevelen|gevoelsreflectie|-0.98
regel:bevelen|samenvatting|-0.98
regel:bevelen|aanmoediging|-0.94
regel:bevelen|bevelen|15.47
regel:bevelen|waarschuwen|-1.87
regel:bevelen|moraliseren|-0.93
regel:bevelen|adviseren|-0.98
regel:bevelen|argumenteren|-2.87
regel:bevelen|bekritiseren|-2.79
regel:bevelen|prijzen|-1.91
regel:bevelen|etiketteren|-1.0
regel:bevelen|interpreteren|-0.97
regel:bevelen|geruststellen|-1.92
regel:bevelen|afleiden|-0.99
regel:bevelen|afronding-aankondigen|-1.0
regel:bevelen|vervolgafspraak|-1.0
regel:etiketteren|jij-boodschap|1.48
regel:etiketteren|gevoelsreflectie|-1.0
regel:etiketteren|waarschuwen|-0.97
regel:etiketteren|moraliseren|-0.96
regel:etiketteren|adviseren|-0.99
regel:etiketteren|argumenteren|-1.0
regel:etiketteren|bekritiseren|-4.52
regel:etiketteren|etiketteren|12.1
regel:etiketteren|interpreteren|-0.94
regel:etiketteren|geruststellen|-1.79
regel:etiketteren|afleiden|-1.96
regel:geen|ik-boodschap|-6.34
regel:geen|parafrase|-1.98
regel:geen|gevoelsreflectie|0.88
regel:geen|samenvatting|-5.54
regel:geen|open-vraag|-1.95
regel:geen|aanmoediging|0.89
regel:geen|bevelen|-1.94
regel:geen|waarschuwen|-0.93
regel:geen|moraliseren|-1.84
regel:geen|adviseren|-2.57
regel:geen|argumenteren|-2.74
regel:geen|prijzen|-1.15
regel:geen|etiketteren|0.22
regel:geen|interpreteren|-1.66
regel:geen|ondervragen|-2.81
regel:geen|afronding-aankondigen|-4.84
regel:geen|vervolgafspraak|-1.16
regel:geen|bedanken|-1.91
regel:geruststellen|ik-boodschap|-1.0
regel:geruststellen|jij-boodschap|-1.96
regel:geruststellen|parafrase|-1.0
regel:geruststellen|gevoelsreflectie|-0.95
regel:geruststellen|samenvatting|-1.0
regel:geruststellen|open-vraag|-1.0
regel:geruststellen|aanmoediging|-1.0
regel:geruststellen|bevelen|-0.99
regel:geruststellen|waarschuwen|-1.0
regel:geruststellen|moraliseren|-2.92
regel:geruststellen|adviseren|-1.93
regel:geruststellen|argumenteren|-1.0
regel:geruststellen|bekritiseren|-2.6
regel:geruststellen|prijzen|-1.97
regel:geruststellen|etiketteren|-1.0
regel:geruststellen|interpreteren|-1.9
regel:geruststellen|geruststellen|14.26
regel:geruststellen|ondervragen|-1.0
regel:geruststellen|afleiden|-2.81
regel:geruststellen|afronding-aankondigen|-1.0
regel:geruststellen|vervolgafspraak|-1.0
regel:geruststellen|bedanken|-1.0
regel:gevoelsreflectie|ik-boodschap|0.61
regel:gevoelsreflectie|jij-boodschap|-1.38
regel:gevoelsreflectie|parafrase|-3.98
regel:gevoelsreflectie|gevoelsreflectie|17.17
regel:gevoelsreflectie|samenvatting|-1.17
regel:gevoelsreflectie|open-vraag|-3.91
regel:gevoelsreflectie|aanmoediging|-1.88
regel:gevoelsreflectie|bevelen|-0.34
regel:gevoelsreflectie|waarschuwen|-1.0
regel:gevoelsreflectie|moraliseren|-1.0
regel:gevoelsreflectie|adviseren|0.81
regel:gevoelsreflectie|argumenteren|-1.0
regel:gevoelsreflectie|bekritiseren|-0.31
regel:gevoelsreflectie|prijzen|-1.97
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|geruststellen|-0.79
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|vervolgafspraak|-1.0
regel:gevoelsreflectie|bedanken|-0.9
regel:ik-boodschap|ik-boodschap|7.46
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|parafrase|-1.0
regel:ik-boodschap|gevoelsreflectie|-0.91
regel:ik-boodschap|samenvatting|-2.79
regel:ik-boodschap|aanmoediging|-0.99
regel:ik-boodschap|bevelen|-1.0
regel:ik-boodschap|waarschuwen|-2.89
regel:ik-boodschap|moraliseren|-0.94
regel:ik-boodschap|adviseren|-2.82
regel:ik-boodschap|argumenteren|-0.98
regel:ik-boodschap|bekritiseren|-1.91
regel:ik-boodschap|interpreteren|-1.91
regel:ik-boodschap|geruststellen|-0.99
regel:ik-boodschap|ondervragen|-1.0
regel:ik-boodschap|afleiden|-1.0
regel:ik-boodschap|afronding-aankondigen|-1.91
regel:ik-boodschap|vervolgafspraak|-2.0
regel:ik-boodschap|bedanken|-0.51
regel:interpreteren|ik-boodschap|-0.98
regel:interpreteren|jij-boodschap|-1.95
regel:interpreteren|parafrase|-0.99
regel:interpreteren|gevoelsreflectie|-1.91
regel:interpreteren|bevelen|-1.94
regel:interpreteren|waarschuwen|-0.97
regel:interpreteren|moraliseren|-2.87
regel:interpreteren|adviseren|-1.67
regel:interpreteren|argumenteren|-1.91
regel:interpreteren|bekritiseren|-0.42
regel:interpreteren|prijzen|-0.97
regel:interpreteren|etiketteren|-0.14
regel:interpreteren|interpreteren|13.09
regel:interpreteren|geruststellen|-1.89
regel:interpreteren|ondervragen|-1.97
regel:interpreteren|afleiden|0.93
regel:interpreteren|bedanken|-0.99
regel:jij-boodschap|jij-boodschap|9.95
regel:jij-boodschap|parafrase|-1.0
regel:jij-boodschap|gevoelsreflectie|-2.67
regel:jij-boodschap|bevelen|-1.83
regel:jij-boodschap|waarschuwen|-0.99
regel:jij-boodschap|moraliseren|-1.76
regel:jij-boodschap|adviseren|-1.96
regel:jij-boodschap|argumenteren|-1.95
regel:jij-boodschap|bekritiseren|2.98
regel:jij-boodschap|prijzen|-2.92
regel:jij-boodschap|etiketteren|2.72
regel:jij-boodschap|interpreteren|-1.94
regel:jij-boodschap|geruststellen|-1.79
regel:jij-boodschap|ondervragen|-0.94
regel:jij-boodschap|afleiden|-0.99
regel:moraliseren|ik-boodschap|-0.93
regel:moraliseren|jij-boodschap|-0.14
regel:moraliseren|gevoelsreflectie|-0.96
regel:moraliseren|bevelen|-2.5
regel:moraliseren|waarschuwen|-2.11
regel:moraliseren|moraliseren|13.31
regel:moraliseren|adviseren|-1.83
regel:moraliseren|argumenteren|-2.85
regel:moraliseren|bekritiseren|-0.1
regel:moraliseren|etiketteren|-1.0
regel:moraliseren|interpreteren|-1.95
regel:moraliseren|geruststellen|-0.97
regel:moraliseren|afleiden|0.93
regel:ondervragen|ik-boodschap|-0.99
regel:ondervragen|gevoelsreflectie|0.85
regel:ondervragen|open-vraag|-1.0
regel:ondervragen|aanmoediging|-1.0
regel:ondervragen|bevelen|-1.0
regel:ondervragen|moraliseren|-0.92
regel:ondervragen|adviseren|-2.71
regel:ondervragen|argumenteren|-0.82
regel:ondervragen|bekritiseren|-1.97
regel:ondervragen|prijzen|-0.97
regel:ondervragen|interpreteren|-0.99
regel:ondervragen|ondervragen|10.29
regel:ondervragen|afleiden|-0.99
regel:ondervragen|vervolgafspraak|-0.9
regel:open-vraag|ik-boodschap|0.97
regel:open-vraag|jij-boodschap|-2.92
regel:open-vraag|parafrase|-2.86
regel:open-vraag|gevoelsreflectie|-2.2
regel:open-vraag|samenvatting|-2.86
regel:open-vraag|open-vraag|14.59
regel:open-vraag|aanmoediging|-1.98
regel:open-vraag|waarschuwen|-1.0
regel:open-vraag|adviseren|-1.81
regel:open-vraag|bekritiseren|-3.05
regel:open-vraag|geruststellen|-1.0
regel:open-vraag|ondervragen|-1.77
regel:open-vraag|afleiden|-1.0
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-1.0
regel:open-vraag|bedanken|-2.0
regel:parafrase|ik-boodschap|-1.93
regel:parafrase|jij-boodschap|-1.95
regel:parafrase|parafrase|14.48
regel:parafrase|gevoelsreflectie|-2.81
regel:parafrase|samenvatting|-2.82
regel:parafrase|open-vraag|-1.91
regel:parafrase|aanmoediging|-0.99
regel:parafrase|waarschuwen|-0.91
regel:parafrase|adviseren|-1.96
regel:parafrase|bekritiseren|-2.74
regel:parafrase|prijzen|-0.91
regel:parafrase|interpreteren|-1.06
regel:parafrase|geruststellen|-1.68
regel:parafrase|bedanken|-0.93
regel:prijzen|jij-boodschap|-1.63
regel:prijzen|parafrase|-0.89
regel:prijzen|gevoelsreflectie|-0.98
regel:prijzen|waarschuwen|-1.63
regel:prijzen|moraliseren|-0.92
regel:prijzen|adviseren|-1.84
regel:prijzen|argumenteren|-0.98
regel:prijzen|bekritiseren|-1.85
regel:prijzen|prijzen|9.58
regel:prijzen|etiketteren|-2.83
regel:prijzen|interpreteren|-1.0
regel:prijzen|geruststellen|-1.86
regel:prijzen|ondervragen|-0.91
regel:prijzen|afleiden|-0.97
regel:prijzen|vervolgafspraak|-0.86
regel:samenvatting|ik-boodschap|-1.66
regel:samenvatting|jij-boodschap|2.5
regel:samenvatting|parafrase|-2.95
regel:samenvatting|gevoelsreflectie|-2.87
regel:samenvatting|samenvatting|12.31
regel:samenvatting|open-vraag|-2.91
regel:samenvatting|aanmoediging|-0.98
regel:samenvatting|bevelen|-0.98
regel:samenvatting|moraliseren|-0.98
regel:samenvatting|adviseren|-0.98
regel:samenvatting|argumenteren|-0.97
regel:samenvatting|bekritiseren|1.91
regel:samenvatting|interpreteren|-0.98
regel:samenvatting|afleiden|-0.81
regel:samenvatting|afronding-aankondigen|0.98
regel:samenvatting|vervolgafspraak|-0.98
regel:samenvatting|bedanken|0.78
regel:vervolgafspraak|ik-boodschap|-1.81
regel:vervolgafspraak|jij-boodschap|-0.82
regel:vervolgafspraak|parafrase|-1.99
regel:vervolgafspraak|samenvatting|-0.83
regel:vervolgafspraak|open-vraag|-0.98
regel:vervolgafspraak|aanmoediging|-0.97
regel:vervolgafspraak|waarschuwen|-0.79
regel:vervolgafspraak|adviseren|-0.94
regel:vervolgafspraak|bekritiseren|-0.71
regel:vervolgafspraak|etiketteren|-1.0
regel:vervolgafspraak|ondervragen|-0.83
regel:vervolgafspraak|afleiden|-0.99
regel:vervolgafspraak|afronding-aankondigen|-2.97
regel:vervolgafspraak|vervolgafspraak|12.43
regel:vervolgafspraak|bedanken|-3.54
regel:waarschuwen|ik-boodschap|-1.88
regel:waarschuwen|jij-boodschap|0.84
regel:waarschuwen|samenvatting|-0.99
regel:waarschuwen|bevelen|-1.17
regel:waarschuwen|waarschuwen|13.36
regel:waarschuwen|moraliseren|-0.87
regel:waarschuwen|adviseren|-0.99
regel:waarschuwen|argumenteren|-1.83
regel:waarschuwen|bekritiseren|0.92
regel:waarschuwen|interpreteren|-1.0
regel:waarschuwen|geruststellen|-0.98
vraag|ik-boodschap|-0.99
vraag|jij-boodschap|-1.43
vraag|parafrase|-0.94
vraag|gevoelsreflectie|-0.36
vraag|samenvatting|-2.89
vraag|open-vraag|3.09
vraag|aanmoediging|-1.9
vraag|bevelen|-0.96
vraag|waarschuwen|-1.0
vraag|moraliseren|-0.92
vraag|adviseren|-1.75
vraag|argumenteren|-1.82
vraag|bekritiseren|-0.15
vraag|prijzen|-0.98
vraag|etiketteren|-1.0
vraag|interpreteren|-0.99
vraag|geruststellen|-1.87
vraag|ondervragen|-1.68
vraag|afleiden|1.08
vraag|afronding-aankondigen|-1.95
vraag|vervolgafspraak|1.77
vraag|bedanken|-2.65
w:!|etiketteren|-0.68
w:!|afronding-aankondigen|-1.0
w:!|bedanken|1.0
w:'ouwe'|ik-boodschap|0.88
w:'s|jij-boodschap|0.95
w:'s|adviseren|1.92
w:'s|bekritiseren|0.56
w:1|waarschuwen|0.97
w:1|argumenteren|-0.88
w:12|argumenteren|0.86
w:14|gevoelsreflectie|-1.0
w:14|samenvatting|0.9
w:14|vervolgafspraak|1.9
w:2|jij-boodschap|-0.98
w:2|argumenteren|0.14
w:2|bekritiseren|-0.98
w:2b|jij-boodschap|-0.9
w:2b|bekritiseren|-0.9
w:3|moraliseren|-0.75
w:4|ik-boodschap|0.83
w:4|jij-boodschap|-0.98
w:4|gevoelsreflectie|0.98
w:4|samenvatting|-1.0
w:4|open-vraag|0.95
w:4|moraliseren|-1.0
w:4|argumenteren|1.13
w:4|bekritiseren|-0.98
w:4|etiketteren|-0.99
w:4|afleiden|-0.8
w:5|jij-boodschap|-0.98
w:5|moraliseren|-0.75
w:5|argumenteren|1.95
w:5|bekritiseren|-0.98
w:5x|argumenteren|-0.98
w:6|parafrase|0.94
w:6|moraliseren|-0.75
w:6|argumenteren|0.11
w:7|ik-boodschap|0.83
w:7|open-vraag|0.95
w:7|argumenteren|-0.84
w:7|prijzen|0.9
w:8|parafrase|0.94
w:8|samenvatting|-1.0
w:8|moraliseren|-1.0
w:8|argumenteren|1.93
w:9|jij-boodschap|-0.98
w:9|argumenteren|0.98
w:9|bekritiseren|-0.98
w:9|etiketteren|-0.99
w:?|ik-boodschap|-2.2
w:?|jij-boodschap|-0.45
w:?|parafrase|-1.94
w:?|gevoelsreflectie|-0.36
w:?|samenvatting|-2.89
w:?|open-vraag|2.06
w:?|aanmoediging|-1.9
w:?|bevelen|-0.96
w:?|waarschuwen|-1.0
w:?|moraliseren|-2.75
w:?|adviseren|-2.43
w:?|argumenteren|-3.45
w:?|bekritiseren|-1.14
w:?|prijzen|-0.98
w:?|etiketteren|-2.0
w:?|interpreteren|-1.98
w:?|geruststellen|-1.87
w:?|ondervragen|4.08
w:?|afleiden|-0.91
w:?|afronding-aankondigen|-1.95
w:?|vervolgafspraak|-0.11
w:?|bedanken|-1.75
w:aan|ik-boodschap|0.99
w:aan|jij-boodschap|-1.03
w:aan|parafrase|-0.99
w:aan|samenvatting|-0.91
w:aan|open-vraag|1.0
w:aan|bevelen|2.3
w:aan|waarschuwen|-0.94
w:aan|moraliseren|-0.94
w:aan|argumenteren|0.91
w:aan|bekritiseren|0.23
w:aan|prijzen|-1.97
w:aan|interpreteren|-0.62
w:aan|geruststellen|-0.9
w:aan|ondervragen|-0.97
w:aan|afronding-aankondigen|0.99
w:aan|vervolgafspraak|-1.07
w:aan|bedanken|-0.86
w:aanbieden|bevelen|0.95
w:aanbiedt|ik-boodschap|-0.95
w:aandacht|parafrase|-0.99
w:aangekondigd|geruststellen|-0.92
w:aangepakt|gevoelsreflectie|-0.92
w:aangepakt|bekritiseren|-0.69
w:aangetroffen|ik-boodschap|-0.89
w:aankaart|bekritiseren|-0.98
w:aankaart|geruststellen|-0.98
w:aanpakken|parafrase|-0.92
w:aanpakken|samenvatting|0.96
w:aanpakken|aanmoediging|-0.98
w:aansluiting|waarschuwen|-0.91
w:aanspreekpunt|adviseren|-0.98
w:aanspreken|jij-boodschap|-0.91
w:aansteller|etiketteren|1.0
w:aanstelt|jij-boodschap|2.78
w:aanstelt|bekritiseren|3.09
w:aantrekt|jij-boodschap|0.97
w:aantrekt|samenvatting|-0.97
w:aantrekt|bekritiseren|0.87
w:aardrijkskunde|ik-boodschap|0.93
w:aardrijkskunde|jij-boodschap|-0.93
w:aardrijkskunde|argumenteren|-0.93
w:aardrijkskunde|bekritiseren|-0.93
w:absenties|samenvatting|-0.77
w:absenties|afronding-aankondigen|-0.96
w:ach|argumenteren|-0.92
w:ach|bekritiseren|-0.99
w:ach|prijzen|-0.93
w:ach|geruststellen|-1.68
w:ach|afleiden|3.71
w:acht|ik-boodschap|-0.96
w:acht|bevelen|0.9
w:acht|vervolgafspraak|-0.92
w:achter|moraliseren|0.93
w:achter|argumenteren|-0.98
w:achter|bekritiseren|0.93
w:achter|afronding-aankondigen|0.87
w:achter|vervolgafspraak|-0.96
w:achter|bedanken|-0.96
w:achterin|bevelen|0.99
w:achterloopt|ik-boodschap|0.98
w:achterloopt|adviseren|-1.84
w:achterloopt|prijzen|-1.0
w:actie|adviseren|-0.92
w:actie|bekritiseren|-2.15
w:administratie|ik-boodschap|0.98
w:administratie|waarschuwen|-0.83
w:advies|ik-boodschap|-0.98
w:advies|adviseren|-0.96
w:advies|argumenteren|-0.92
w:advocaat|etiketteren|1.7
w:af|ik-boodschap|-1.85
w:af|jij-boodschap|-0.82
w:af|gevoelsreflectie|-1.0
w:af|open-vraag|-1.0
w:af|bevelen|0.74
w:af|moraliseren|-0.95
w:af|adviseren|-0.96
w:af|prijzen|-0.98
w:af|geruststellen|-1.96
w:af|afleiden|-1.0
w:af|afronding-aankondigen|2.78
w:af|vervolgafspraak|1.98
w:af|bedanken|1.46
w:afdelingsleider|gevoelsreflectie|-0.98
w:afdelingsleider|open-vraag|-0.98
w:afdelingsleider|etiketteren|-1.0
w:afdelingsleider|vervolgafspraak|1.0
w:afgaat|parafrase|-0.99
w:afgelopen|ik-boodschap|1.93
w:afgelopen|jij-boodschap|-0.93
w:afgelopen|argumenteren|-0.93
w:afgelopen|bekritiseren|-0.93
w:afgelopen|interpreteren|-0.93
w:afgemeld|moraliseren|-0.92
w:afgerond|argumenteren|0.95
w:afheeft|adviseren|-0.87
w:afleiding|bekritiseren|-0.94
w:afmaakt|ik-boodschap|0.98
w:afmaakt|jij-boodschap|0.86
w:afmaakt|bekritiseren|0.86
w:afmaken|bevelen|1.0
w:afmaken|bekritiseren|0.98
w:afmeldt|moraliseren|0.98
w:afronden|samenvatting|0.95
w:afronden|moraliseren|-0.75
w:afronden|afronding-aankondigen|3.93
w:afronden|vervolgafspraak|-1.79
w:afronden|bedanken|-0.16
w:afsluiten|afronding-aankondigen|0.97
w:afsluiten|vervolgafspraak|-0.93
w:afspraak|jij-boodschap|2.75
w:afspraak|samenvatting|0.9
w:afspraak|adviseren|-0.9
w:afspraak|argumenteren|-0.94
w:afspraak|bekritiseren|1.01
w:afspraak|afronding-aankondigen|0.8
w:afspraak|bedanken|0.9
w:afspraken|jij-boodschap|0.96
w:afspraken|gevoelsreflectie|-0.98
w:afspraken|bevelen|-0.95
w:afspraken|adviseren|-0.99
w:afspraken|bekritiseren|0.81
w:afspraken|prijzen|-0.98
w:afspraken|ondervragen|-0.95
w:afspraken|afronding-aankondigen|-0.92
w:afspraken|vervolgafspraak|0.99
w:afspraken|bedanken|-0.51
w:afspreekt|adviseren|0.93
w:afspreken|ik-boodschap|1.78
w:afspreken|jij-boodschap|0.98
w:afspreken|open-vraag|-0.98
w:afspreken|adviseren|0.86
w:afspreken|bekritiseren|1.25
w:afspreken|ondervragen|-1.0
w:afspreken|afleiden|-1.0
w:afspreken|afronding-aankondigen|-0.13
w:afspreken|vervolgafspraak|0.92
w:afweten|bekritiseren|0.94
w:afwezig|ik-boodschap|0.98
w:afwezig|waarschuwen|-0.83
w:afwezig|argumenteren|0.93
w:afwijken|prijzen|0.97
w:afzet|bevelen|0.9
w:agenda|waarschuwen|-1.0
w:agenda|moraliseren|1.0
w:akkoord|jij-boodschap|-0.64
w:akkoord|adviseren|-0.87
w:akkoord|prijzen|0.83
w:akkoord|vervolgafspraak|-0.86
w:al|ik-boodschap|-1.77
w:al|bevelen|-0.69
w:al|waarschuwen|-0.83
w:al|adviseren|-0.85
w:al|argumenteren|1.69
w:al|bekritiseren|1.57
w:al|afleiden|-0.9
w:alle|jij-boodschap|1.95
w:alle|parafrase|-1.0
w:alle|argumenteren|1.0
w:alle|bekritiseren|1.33
w:allebei|ik-boodschap|0.98
w:allebei|gevoelsreflectie|-0.97
w:allebei|samenvatting|0.98
w:allebei|afronding-aankondigen|-0.81
w:allebei|vervolgafspraak|-0.9
w:alleen|ik-boodschap|0.97
w:alleen|bevelen|-0.94
w:alleen|moraliseren|-0.98
w:alleen|argumenteren|-0.92
w:alleen|bekritiseren|-1.4
w:alleen|geruststellen|-1.86
w:alleen|afleiden|-0.98
w:allemaal|ik-boodschap|0.89
w:allemaal|gevoelsreflectie|-0.13
w:allemaal|open-vraag|-0.96
w:allemaal|bevelen|-0.88
w:allemaal|bekritiseren|-0.9
w:allemaal|prijzen|0.98
w:allemaal|afleiden|0.99
w:alles|ik-boodschap|0.97
w:alles|gevoelsreflectie|-0.83
w:alles|open-vraag|-0.93
w:alles|waarschuwen|-0.92
w:alles|moraliseren|-0.96
w:alles|bekritiseren|-0.91
w:alles|etiketteren|0.96
w:als|ik-boodschap|2.01
w:als|jij-boodschap|-1.09
w:als|open-vraag|-1.85
w:als|aanmoediging|-0.98
w:als|bevelen|-0.28
w:als|waarschuwen|0.12
w:als|moraliseren|1.96
w:als|adviseren|0.89
w:als|argumenteren|-2.73
w:als|bekritiseren|-0.97
w:als|prijzen|1.86
w:als|interpreteren|-1.91
w:als|geruststellen|-0.8
w:als|ondervragen|-0.13
w:als|afleiden|-1.0
w:als|afronding-aankondigen|-0.83
w:alsof|jij-boodschap|-0.35
w:alsof|gevoelsreflectie|1.96
w:alsof|aanmoediging|-0.99
w:alsof|moraliseren|-0.98
w:alsof|bekritiseren|0.99
w:alsof|geruststellen|-0.97
w:alsof|afleiden|-0.98
w:alstublieft|aanmoediging|-0.94
w:alstublieft|bevelen|1.0
w:altijd|parafrase|-0.89
w:altijd|aanmoediging|-1.0
w:altijd|bevelen|-0.89
w:altijd|waarschuwen|-0.81
w:altijd|argumenteren|-1.0
w:altijd|bekritiseren|-0.33
w:altijd|prijzen|0.94
w:altijd|interpreteren|-1.0
w:altijd|ondervragen|-0.95
w:altijd|vervolgafspraak|-0.86
w:amir|parafrase|-0.86
w:amira|ik-boodschap|0.9
w:amira|gevoelsreflectie|-0.95
w:amira|bekritiseren|0.91
w:ander|samenvatting|-0.93
w:ander|bevelen|-0.8
w:ander|afleiden|0.9
w:andere|parafrase|3.69
w:andere|samenvatting|-1.83
w:andere|open-vraag|-0.97
w:andere|bekritiseren|0.98
w:andere|interpreteren|0.96
w:andere|geruststellen|-0.96
w:anderen|ik-boodschap|2.8
w:anderen|waarschuwen|-0.9
w:anderen|prijzen|-0.97
w:anderen|interpreteren|-0.98
w:anders|jij-boodschap|-1.0
w:anders|parafrase|1.0
w:anders|bevelen|0.97
w:anders|waarschuwen|2.83
w:anders|argumenteren|-1.89
w:anders|bekritiseren|-0.87
w:anders|afronding-aankondigen|-0.93
w:andersom|jij-boodschap|1.31
w:angst|interpreteren|1.0
w:antwoord|argumenteren|-0.94
w:antwoord|vervolgafspraak|-0.82
w:apart|ik-boodschap|0.97
w:app|jij-boodschap|0.97
w:app|aanmoediging|-0.97
w:app|moraliseren|0.98
w:app|vervolgafspraak|0.97
w:arm|aanmoediging|-0.99
w:avond|parafrase|-0.9
w:avond|moraliseren|-0.98
w:avond|adviseren|0.84
w:avond|argumenteren|0.98
w:avond|ondervragen|-0.84
w:avond|afleiden|-0.99
w:avonden|open-vraag|0.88
w:avonds|adviseren|0.94
w:ayoub|ik-boodschap|0.73
w:ayoub|samenvatting|0.93
w:baalt|gevoelsreflectie|1.97
w:baalt|afleiden|0.75
w:baan|ik-boodschap|-0.99
w:baby|afleiden|-0.99
w:babyachtig|etiketteren|0.92
w:balen|gevoelsreflectie|-0.86
w:balen|open-vraag|0.93
w:balie|afleiden|-0.71
w:bang|parafrase|-0.87
w:bang|gevoelsreflectie|1.88
w:bang|samenvatting|0.83
w:bang|bevelen|-0.94
w:bang|moraliseren|-0.95
w:bang|prijzen|-0.97
w:bang|geruststellen|1.93
w:bas|ik-boodschap|0.96
w:bed|parafrase|-0.89
w:bed|aanmoediging|-1.0
w:bed|bevelen|-0.97
w:bed|moraliseren|0.98
w:bed|adviseren|-0.94
w:bed|bekritiseren|-0.97
w:bed|ondervragen|0.83
w:bed|vervolgafspraak|-0.9
w:bedankt|ik-boodschap|-0.78
w:bedankt|bekritiseren|1.75
w:bedankt|vervolgafspraak|-0.97
w:bedankt|bedanken|1.09
w:bedoel|geruststellen|-0.98
w:bedoelt|jij-boodschap|-0.97
w:bedoelt|parafrase|1.98
w:bedoelt|adviseren|-0.98
w:bedoelt|bekritiseren|-0.99
w:bedtijd|bekritiseren|-0.71
w:bedtijd|interpreteren|-0.9
w:beetje|jij-boodschap|-0.96
w:beetje|gevoelsreflectie|1.83
w:beetje|moraliseren|-1.0
w:beetje|adviseren|-1.0
w:beetje|prijzen|-1.0
w:beetje|etiketteren|-1.0
w:beetje|interpreteren|0.78
w:begeleiden|ik-boodschap|-0.89
w:begeleiden|waarschuwen|1.71
w:begin|samenvatting|-0.92
w:begin|geruststellen|0.98
w:begin|afronding-aankondigen|-0.95
w:beginnen|waarschuwen|-0.89
w:beginnen|afronding-aankondigen|-0.96
w:begint|jij-boodschap|0.98
w:begint|argumenteren|-0.91
w:begint|bekritiseren|-2.51
w:begint|interpreteren|0.81
w:begint|vervolgafspraak|-0.96
w:begint|bedanken|-0.96
w:begon|ik-boodschap|-0.94
w:begon|samenvatting|0.93
w:begon|moraliseren|-0.98
w:begon|interpreteren|-0.98
w:begonnen|parafrase|0.93
w:begrenzen|jij-boodschap|-0.99
w:begrepen|ik-boodschap|-0.99
w:begrijp|ik-boodschap|-0.99
w:begrijp|parafrase|1.99
w:begrijp|gevoelsreflectie|-0.76
w:begrijp|samenvatting|-0.91
w:begrijp|aanmoediging|0.91
w:begrijp|waarschuwen|-0.91
w:begrijp|bekritiseren|-0.99
w:begrijp|interpreteren|-0.91
w:begrijp|afleiden|1.08
w:begrijp|vervolgafspraak|-0.9
w:begrijpen|prijzen|-0.9
w:begrijpt|moraliseren|-1.0
w:begrijpt|geruststellen|-0.99
w:begrip|bekritiseren|-0.91
w:behandelt|parafrase|1.0
w:behandelt|argumenteren|-1.0
w:behulpzaam|bekritiseren|1.64
w:behulpzaam|afronding-aankondigen|-0.95
w:behulpzaam|bedanken|-1.83
w:bel|parafrase|-1.0
w:bel|samenvatting|-1.92
w:bel|bevelen|-0.95
w:bel|waarschuwen|1.19
w:bel|adviseren|0.87
w:bel|afronding-aankondigen|-0.98
w:bel|vervolgafspraak|1.92
w:bel|bedanken|0.92
w:belachelijke|jij-boodschap|-1.0
w:belangrijk|argumenteren|0.99
w:bellen|jij-boodschap|-0.93
w:bellen|open-vraag|-0.9
w:bellen|bekritiseren|-2.4
w:bellen|bedanken|-0.83
w:belonen|ik-boodschap|-0.95
w:beloningssysteem|adviseren|0.87
w:belt|bevelen|1.76
w:belt|bekritiseren|1.56
w:belt|prijzen|-0.93
w:belt|afronding-aankondigen|0.95
w:belt|vervolgafspraak|-0.83
w:belt|bedanken|0.84
w:bemoeit|gevoelsreflectie|-0.76
w:bemoeit|bekritiseren|1.47
w:ben|ik-boodschap|1.92
w:ben|jij-boodschap|-1.0
w:ben|parafrase|0.98
w:ben|gevoelsreflectie|-1.94
w:ben|open-vraag|0.91
w:ben|bevelen|-0.85
w:ben|waarschuwen|-1.0
w:ben|adviseren|-1.71
w:ben|bekritiseren|-0.98
w:ben|etiketteren|0.41
w:ben|vervolgafspraak|0.96
w:ben|bedanken|0.54
w:beneden|adviseren|0.94
w:beneden|bekritiseren|0.98
w:benieuwd|open-vraag|0.96
w:bent|gevoelsreflectie|2.83
w:bent|samenvatting|-0.16
w:bent|open-vraag|-1.9
w:bent|aanmoediging|-1.0
w:bent|bevelen|-1.29
w:bent|waarschuwen|-1.64
w:bent|moraliseren|-1.89
w:bent|adviseren|-2.86
w:bent|argumenteren|-1.0
w:bent|bekritiseren|-3.63
w:bent|prijzen|1.92
w:bent|etiketteren|1.34
w:bent|interpreteren|0.13
w:bent|geruststellen|0.84
w:bent|ondervragen|0.86
w:bent|afleiden|-1.66
w:bent|afronding-aankondigen|-1.0
w:bent|vervolgafspraak|-1.86
w:bent|bedanken|-1.29
w:bereikbaar|bekritiseren|-1.99
w:bericht|ik-boodschap|-0.72
w:bericht|jij-boodschap|0.92
w:bericht|argumenteren|0.87
w:bericht|bekritiseren|1.72
w:bericht|vervolgafspraak|-0.96
w:berichten|jij-boodschap|1.9
w:berichten|bekritiseren|1.69
w:bescherming|jij-boodschap|1.0
w:bescherming|bekritiseren|0.89
w:bescherming|prijzen|-1.0
w:beschermt|jij-boodschap|-0.84
w:beschermt|bekritiseren|-0.3
w:beschermt|interpreteren|0.95
w:besloten|ik-boodschap|-0.95
w:besluit|bedanken|0.88
w:bespreken|ik-boodschap|0.98
w:bespreken|parafrase|-0.98
w:bespreken|samenvatting|0.9
w:besproken|samenvatting|0.98
w:besproken|open-vraag|-0.98
w:best|ik-boodschap|-0.97
w:best|jij-boodschap|-1.2
w:best|parafrase|-1.0
w:best|open-vraag|1.0
w:best|bevelen|-0.9
w:best|waarschuwen|-0.82
w:best|moraliseren|0.92
w:best|adviseren|-0.97
w:best|bekritiseren|-0.98
w:best|prijzen|0.97
w:best|geruststellen|-0.9
w:best|afleiden|-0.97
w:best|vervolgafspraak|-1.0
w:beste|open-vraag|-0.91
w:beste|adviseren|1.94
w:beste|afronding-aankondigen|-0.81
w:beter|jij-boodschap|-0.91
w:beter|gevoelsreflectie|-0.88
w:beter|aanmoediging|-0.93
w:beter|bevelen|0.88
w:beter|moraliseren|-0.99
w:beter|adviseren|0.99
w:beter|bekritiseren|-1.79
w:beter|etiketteren|0.93
w:beter|geruststellen|0.99
w:betrokken|ik-boodschap|-0.97
w:betrokken|jij-boodschap|-1.0
w:betrokken|prijzen|1.1
w:betrokken|interpreteren|-1.0
w:betrokken|geruststellen|-0.99
w:bevalt|open-vraag|-0.96
w:bevalt|afleiden|0.96
w:bevorderen|parafrase|-0.92
w:bevorderen|waarschuwen|0.82
w:bezig|bekritiseren|1.78
w:bezig|etiketteren|-0.66
w:bezig|interpreteren|0.83
w:bezorgd|ik-boodschap|0.94
w:bezorgd|jij-boodschap|-0.94
w:bezorgd|bekritiseren|-0.94
w:bezorgd|vervolgafspraak|0.96
w:beëindig|ik-boodschap|-0.98
w:beëindigen|bedanken|-0.51
w:bibliotheek|ondervragen|-0.98
w:bieden|bevelen|-0.57
w:biedt|bevelen|0.94
w:biedt|waarschuwen|-0.94
w:bij|ik-boodschap|-2.54
w:bij|jij-boodschap|-1.56
w:bij|gevoelsreflectie|-0.98
w:bij|bevelen|1.0
w:bij|moraliseren|-1.96
w:bij|adviseren|-0.57
w:bij|argumenteren|-0.84
w:bij|bekritiseren|-1.09
w:bij|interpreteren|-1.94
w:bij|geruststellen|-0.87
w:bij|ondervragen|-1.86
w:bij|afleiden|-0.73
w:bij|vervolgafspraak|1.86
w:bij|bedanken|0.92
w:bijbaantje|adviseren|0.99
w:bijhoudt|ik-boodschap|-0.99
w:bijhoudt|jij-boodschap|-0.82
w:bijhoudt|samenvatting|0.99
w:bijhoudt|vervolgafspraak|0.99
w:bijles|jij-boodschap|-0.93
w:bijles|samenvatting|2.93
w:bijles|open-vraag|-1.0
w:bijles|bevelen|1.7
w:bijles|adviseren|1.0
w:bijles|prijzen|0.98
w:bijles|afleiden|-0.81
w:bijles|afronding-aankondigen|1.92
w:bijles|vervolgafspraak|0.1
w:bijles|bedanken|-1.0
w:bijna|ik-boodschap|0.92
w:bijna|bekritiseren|-0.97
w:bijna|vervolgafspraak|-0.79
w:bijwerkt|ik-boodschap|0.98
w:bijwerkt|parafrase|-0.98
w:bijwerkt|vervolgafspraak|-0.98
w:binnen|samenvatting|-0.81
w:binnen|argumenteren|0.95
w:binnen|geruststellen|-0.79
w:binnengekregen|ik-boodschap|0.97
w:binnengekregen|bevelen|-0.82
w:binnengekregen|bekritiseren|-0.82
w:binnenkomt|ik-boodschap|0.99
w:binnenkomt|parafrase|-0.99
w:binnenkomt|vervolgafspraak|-0.92
w:binnenkwam|ik-boodschap|0.95
w:binnenkwam|bevelen|-0.9
w:binnenkwam|vervolgafspraak|-0.99
w:biologie|ik-boodschap|0.97
w:biologie|bevelen|-0.82
w:biologie|bekritiseren|-0.82
w:blauw|ik-boodschap|0.95
w:blij|ik-boodschap|1.0
w:blij|gevoelsreflectie|-1.0
w:blij|open-vraag|-1.0
w:blijft|ik-boodschap|-0.97
w:blijft|parafrase|-0.87
w:blijft|gevoelsreflectie|0.93
w:blijft|samenvatting|0.94
w:blijft|open-vraag|-0.93
w:blijft|bevelen|-0.94
w:blijft|waarschuwen|0.87
w:blijft|moraliseren|-1.0
w:blijft|interpreteren|-1.0
w:blijft|geruststellen|0.93
w:blijkt|argumenteren|0.99
w:blijven|ik-boodschap|0.98
w:blijven|gevoelsreflectie|-0.93
w:blijven|argumenteren|1.0
w:blijven|geruststellen|0.9
w:blijven|afronding-aankondigen|1.86
w:bo|bekritiseren|-0.86
w:boek|samenvatting|-0.95
w:boeken|ik-boodschap|-0.96
w:boeken|open-vraag|0.92
w:boeken|bekritiseren|0.74
w:boos|ik-boodschap|0.89
w:boos|parafrase|-0.99
w:boos|gevoelsreflectie|2.78
w:boos|bevelen|0.65
w:boos|bekritiseren|1.0
w:boos|prijzen|-0.98
w:boos|interpreteren|1.0
w:boos|geruststellen|-0.92
w:boos|ondervragen|0.92
w:boos|afleiden|0.98
w:boos|vervolgafspraak|-0.9
w:boze|bekritiseren|-0.86
w:bram|jij-boodschap|0.72
w:bram|parafrase|0.97
w:bram|gevoelsreflectie|-0.96
w:bram|open-vraag|-0.9
w:bram|bevelen|0.84
w:bram|moraliseren|-0.99
w:bram|adviseren|0.21
w:bram|bekritiseren|0.15
w:bram|afleiden|0.9
w:bram|vervolgafspraak|0.98
w:breek|afronding-aankondigen|0.8
w:brengen|ik-boodschap|-0.72
w:brengen|bevelen|0.97
w:brengen|interpreteren|-0.97
w:brengt|bevelen|0.94
w:brief|ik-boodschap|-0.99
w:brief|parafrase|0.99
w:brief|samenvatting|-0.93
w:broer|jij-boodschap|-1.0
w:broer|aanmoediging|-1.0
w:broer|bevelen|0.94
w:broer|waarschuwen|-0.97
w:broer|bekritiseren|-1.0
w:broer|interpreteren|-1.0
w:broertje|afleiden|-0.94
w:brugklas|jij-boodschap|-0.96
w:brugklassers|geruststellen|0.98
w:brutaal|bekritiseren|-1.34
w:brutaal|etiketteren|-0.55
w:buiten|ik-boodschap|0.13
w:buiten|waarschuwen|1.71
w:buiten|bekritiseren|-0.8
w:buitengesloten|jij-boodschap|-0.97
w:bureau|bevelen|0.95
w:chagrijn|jij-boodschap|-0.89
w:chagrijn|prijzen|-0.95
w:chagrijn|etiketteren|1.55
w:checken|parafrase|0.93
w:checken|samenvatting|-0.84
w:cijfer|ik-boodschap|1.92
w:cijfer|jij-boodschap|-1.0
w:cijfer|parafrase|0.92
w:cijfer|gevoelsreflectie|-0.98
w:cijfer|samenvatting|-0.91
w:cijfer|bevelen|-1.46
w:cijfer|waarschuwen|-1.0
w:cijfer|argumenteren|0.92
w:cijfer|bekritiseren|-1.82
w:cijfer|afleiden|0.79
w:cijfers|ik-boodschap|-0.94
w:cijfers|jij-boodschap|-1.8
w:cijfers|parafrase|-0.99
w:cijfers|gevoelsreflectie|-0.1
w:cijfers|samenvatting|1.17
w:cijfers|waarschuwen|0.98
w:cijfers|moraliseren|-1.0
w:cijfers|argumenteren|0.87
w:cijfers|bekritiseren|-0.9
w:cijfers|geruststellen|-0.98
w:cijfers|afleiden|-0.98
w:cijfers|afronding-aankondigen|-0.98
w:cijfers|vervolgafspraak|-0.99
w:clown|jij-boodschap|0.62
w:clown|bekritiseren|-1.0
w:clown|etiketteren|1.08
w:collega|bevelen|-0.63
w:collega|geruststellen|-0.79
w:collega's|bekritiseren|-2.28
w:combineert|gevoelsreflectie|-0.98
w:combineert|bekritiseren|-0.9
w:combineert|prijzen|0.98
w:communicatie|gevoelsreflectie|-0.88
w:concentratie|gevoelsreflectie|-0.83
w:concentratie|argumenteren|0.96
w:concentratie|interpreteren|-0.98
w:concentreren|vervolgafspraak|0.96
w:conciërge|ik-boodschap|-0.96
w:conciërge|parafrase|-1.0
w:conciërge|waarschuwen|1.71
w:conciërge|vervolgafspraak|-1.0
w:consequent|gevoelsreflectie|-0.88
w:consequent|bekritiseren|0.83
w:contact|samenvatting|0.95
w:contact|open-vraag|1.99
w:contact|aanmoediging|-0.92
w:contact|etiketteren|-0.96
w:contact|vervolgafspraak|1.0
w:contacten|samenvatting|-0.95
w:controleert|samenvatting|1.0
w:controleert|waarschuwen|-1.0
w:controleert|moraliseren|1.0
w:controleert|ondervragen|0.83
w:controleren|bekritiseren|-2.38
w:curlingouder|interpreteren|-0.94
w:daan|samenvatting|1.94
w:daan|open-vraag|1.0
w:daan|adviseren|-0.97
w:daan|bekritiseren|-0.89
w:daan|ondervragen|-0.8
w:daan|vervolgafspraak|0.74
w:daan|bedanken|0.98
w:daar|ik-boodschap|-0.14
w:daar|parafrase|1.79
w:daar|gevoelsreflectie|0.9
w:daar|samenvatting|0.98
w:daar|open-vraag|1.89
w:daar|bevelen|0.18
w:daar|waarschuwen|-0.99
w:daar|etiketteren|1.0
w:daar|interpreteren|0.83
w:daar|afleiden|2.91
w:daaraan|parafrase|-0.93
w:daaraan|samenvatting|0.93
w:daardoor|jij-boodschap|-1.0
w:daardoor|parafrase|-0.93
w:daardoor|samenvatting|0.93
w:daardoor|waarschuwen|-1.0
w:daardoor|bekritiseren|-1.0
w:daardoor|bedanken|0.7
w:daarin|samenvatting|-0.93
w:daarmee|bekritiseren|-0.87
w:daarmee|afronding-aankondigen|0.97
w:daarna|samenvatting|-0.78
w:daarna|bedanken|-0.97
w:daarom|ik-boodschap|-0.98
w:daarom|parafrase|0.98
w:daarom|samenvatting|-0.95
w:daarom|argumenteren|-0.99
w:daarom|bekritiseren|-0.94
w:daaronder|interpreteren|1.0
w:daarop|ondervragen|-0.8
w:daartegenaan|ik-boodschap|0.99
w:daartegenaan|jij-boodschap|-0.95
w:daartegenaan|bekritiseren|-0.95
w:daarvan|ik-boodschap|0.95
w:daarvan|open-vraag|0.97
w:daarvan|ondervragen|-0.98
w:daden|moraliseren|0.97
w:dag|gevoelsreflectie|-1.0
w:dag|open-vraag|-1.0
w:dag|moraliseren|1.0
w:dag|bekritiseren|0.99
w:dag|ondervragen|0.98
w:dagen|samenvatting|-0.93
w:dagen|ondervragen|0.98
w:dagen|vervolgafspraak|-0.96
w:dagopening|vervolgafspraak|-0.92
w:dalen|parafrase|-0.99
w:dalen|vervolgafspraak|-0.99
w:dan|ik-boodschap|2.76
w:dan|jij-boodschap|-0.98
w:dan|parafrase|1.0
w:dan|gevoelsreflectie|-0.98
w:dan|samenvatting|-1.81
w:dan|aanmoediging|-0.93
w:dan|bevelen|-0.99
w:dan|waarschuwen|-1.87
w:dan|argumenteren|-1.94
w:dan|bekritiseren|-0.95
w:dan|prijzen|0.99
w:dan|etiketteren|-0.93
w:dan|interpreteren|0.69
w:dan|geruststellen|-0.53
w:dan|ondervragen|1.92
w:dan|afronding-aankondigen|0.96
w:dan|vervolgafspraak|0.14
w:dan|bedanken|0.59
w:dank|jij-boodschap|-0.92
w:dank|parafrase|-1.0
w:dank|gevoelsreflectie|-0.77
w:dank|bevelen|-1.0
w:dank|waarschuwen|-1.0
w:dank|argumenteren|-1.0
w:dank|bekritiseren|-1.09
w:dank|prijzen|-1.82
w:dank|interpreteren|-0.83
w:dank|afronding-aankondigen|0.94
w:dank|vervolgafspraak|-0.99
w:dank|bedanken|4.48
w:dankbaar|bedanken|0.54
w:dankjewel|adviseren|-0.96
w:dankjewel|afronding-aankondigen|-0.96
w:dankjewel|bedanken|1.49
w:dat|ik-boodschap|2.32
w:dat|jij-boodschap|-1.02
w:dat|parafrase|1.9
w:dat|gevoelsreflectie|0.12
w:dat|samenvatting|-1.79
w:dat|open-vraag|1.0
w:dat|aanmoediging|-1.99
w:dat|bevelen|-0.19
w:dat|waarschuwen|-1.17
w:dat|adviseren|-2.02
w:dat|argumenteren|-0.93
w:dat|bekritiseren|-0.49
w:dat|prijzen|-0.78
w:dat|etiketteren|-0.13
w:dat|interpreteren|0.8
w:dat|ondervragen|-1.93
w:dat|afleiden|-0.76
w:dat|afronding-aankondigen|-2.84
w:dat|vervolgafspraak|-1.88
w:dat|bedanken|0.45
w:datum|adviseren|-0.96
w:datum|vervolgafspraak|0.96
w:datum|bedanken|-0.9
w:de|ik-boodschap|1.83
w:de|jij-boodschap|-2.25
w:de|parafrase|-0.12
w:de|gevoelsreflectie|-3.86
w:de|open-vraag|-1.04
w:de|aanmoediging|-1.94
w:de|bevelen|-1.99
w:de|waarschuwen|-1.1
w:de|moraliseren|-2.81
w:de|adviseren|-1.17
w:de|argumenteren|-0.11
w:de|bekritiseren|-2.12
w:de|prijzen|-1.96
w:de|etiketteren|-0.72
w:de|interpreteren|-2.94
w:de|ondervragen|-1.85
w:de|afleiden|-0.77
w:de|afronding-aankondigen|-2.02
w:de|vervolgafspraak|-1.83
w:de|bedanken|-2.83
w:deadline|open-vraag|-0.93
w:deadline|argumenteren|0.9
w:deadlines|bekritiseren|-2.17
w:deed|moraliseren|0.86
w:deed|ondervragen|0.94
w:deelt|bekritiseren|-0.79
w:degene|jij-boodschap|1.31
w:degene|bekritiseren|-2.51
w:denk|ik-boodschap|-0.98
w:denk|jij-boodschap|0.98
w:denk|parafrase|-0.99
w:denk|samenvatting|-0.95
w:denk|open-vraag|0.95
w:denk|waarschuwen|0.99
w:denk|adviseren|-0.65
w:denk|bekritiseren|1.36
w:denk|prijzen|-1.0
w:denk|etiketteren|0.84
w:denk|interpreteren|3.62
w:denk|afleiden|-0.87
w:denken|prijzen|0.98
w:denkt|parafrase|0.92
w:denkt|gevoelsreflectie|-0.93
w:denkt|prijzen|-0.91
w:denkt|geruststellen|0.9
w:denkt|ondervragen|-0.94
w:derde|ik-boodschap|0.94
w:derde|adviseren|-0.78
w:detail|afleiden|0.97
w:deur|ik-boodschap|0.85
w:deze|ik-boodschap|-0.96
w:deze|jij-boodschap|-0.96
w:deze|gevoelsreflectie|-0.86
w:deze|samenvatting|-0.99
w:deze|waarschuwen|-0.97
w:deze|argumenteren|-0.98
w:deze|bekritiseren|0.57
w:deze|etiketteren|-0.93
w:deze|geruststellen|0.9
w:dezelfde|open-vraag|-0.99
w:dicht|adviseren|0.93
w:dichtbij|bekritiseren|-1.0
w:dichtklapt|samenvatting|-0.98
w:dichtklapt|bekritiseren|-0.98
w:dichtsloeg|ik-boodschap|-0.8
w:dichtsmeet|ik-boodschap|1.65
w:die|ik-boodschap|0.94
w:die|jij-boodschap|1.86
w:die|gevoelsreflectie|0.97
w:die|aanmoediging|-0.81
w:die|waarschuwen|-0.99
w:die|argumenteren|-0.93
w:die|bekritiseren|-2.49
w:die|prijzen|-1.02
w:die|etiketteren|0.99
w:die|interpreteren|0.84
w:die|afleiden|0.99
w:die|vervolgafspraak|0.99
w:dingen|jij-boodschap|-0.9
w:dingen|samenvatting|1.0
w:dingen|open-vraag|-1.0
w:dingen|bekritiseren|-0.9
w:dinsdag|samenvatting|0.91
w:dinsdag|open-vraag|-0.98
w:dinsdag|bedanken|0.88
w:dipje|moraliseren|-0.94
w:dipje|geruststellen|0.94
w:directeur|prijzen|-0.93
w:directie|waarschuwen|0.81
w:directie|bedanken|0.88
w:discussiëren|waarschuwen|-0.99
w:dit|ik-boodschap|-2.85
w:dit|jij-boodschap|-1.07
w:dit|gevoelsreflectie|-0.93
w:dit|samenvatting|-1.97
w:dit|aanmoediging|-0.87
w:dit|waarschuwen|0.94
w:dit|moraliseren|-1.03
w:dit|adviseren|-0.93
w:dit|argumenteren|-0.11
w:dit|bekritiseren|0.13
w:dit|prijzen|1.99
w:dit|interpreteren|1.0
w:dit|geruststellen|-1.91
w:dit|ondervragen|-0.16
w:dit|afleiden|-0.98
w:dit|afronding-aankondigen|-0.98
w:dit|vervolgafspraak|-0.99
w:docent|ik-boodschap|-0.99
w:docent|jij-boodschap|-0.82
w:docent|parafrase|-0.91
w:docent|samenvatting|1.9
w:docent|moraliseren|0.98
w:docent|etiketteren|-0.58
w:docent|vervolgafspraak|0.99
w:docenten|jij-boodschap|0.85
w:docenten|gevoelsreflectie|-0.96
w:docenten|bekritiseren|0.85
w:docentenvergadering|argumenteren|-0.92
w:dochter|ik-boodschap|0.95
w:dochter|jij-boodschap|0.99
w:dochter|moraliseren|-0.96
w:dochter|adviseren|-0.99
w:dochter|argumenteren|-0.93
w:dochter|bekritiseren|0.5
w:dochter|etiketteren|-0.99
w:doe|ik-boodschap|-0.92
w:doe|jij-boodschap|-1.8
w:doe|bevelen|0.11
w:doe|moraliseren|1.89
w:doe|argumenteren|-0.96
w:doe|bekritiseren|-1.45
w:doe|prijzen|-0.13
w:doe|etiketteren|1.92
w:doe|interpreteren|-0.96
w:doe|ondervragen|0.75
w:doen|ik-boodschap|-0.89
w:doen|samenvatting|-0.95
w:doen|open-vraag|-0.9
w:doen|waarschuwen|1.0
w:doen|adviseren|-2.81
w:doen|argumenteren|0.91
w:doen|bekritiseren|1.84
w:doen|prijzen|0.97
w:doen|etiketteren|-1.98
w:doen|interpreteren|0.82
w:doen|geruststellen|0.9
w:doen|afleiden|-0.97
w:doet|jij-boodschap|1.93
w:doet|parafrase|-0.93
w:doet|gevoelsreflectie|-0.98
w:doet|waarschuwen|-0.1
w:doet|moraliseren|0.99
w:doet|adviseren|-0.98
w:doet|bekritiseren|0.82
w:doet|prijzen|-0.97
w:doet|etiketteren|-0.98
w:doet|interpreteren|0.38
w:doet|geruststellen|-0.17
w:doet|ondervragen|-0.97
w:doet|bedanken|0.93
w:dom|jij-boodschap|-0.92
w:dom|bedanken|0.7
w:donderdag|parafrase|-1.0
w:donderdag|samenvatting|-0.93
w:donderdag|afronding-aankondigen|0.9
w:donderdag|vervolgafspraak|3.73
w:donderdag|bedanken|-0.19
w:door|ik-boodschap|1.9
w:door|parafrase|-0.99
w:door|gevoelsreflectie|0.96
w:door|samenvatting|-1.0
w:door|open-vraag|-1.88
w:door|aanmoediging|1.0
w:door|waarschuwen|0.81
w:door|adviseren|-0.96
w:door|etiketteren|0.84
w:door|afronding-aankondigen|-0.81
w:door|vervolgafspraak|0.17
w:door|bedanken|-1.0
w:doordat|bekritiseren|-0.86
w:doordat|interpreteren|0.94
w:doordat|geruststellen|-0.99
w:doordat|vervolgafspraak|-0.92
w:doordeweekse|parafrase|-0.9
w:doorgaan|afleiden|0.97
w:doorgaat|jij-boodschap|1.77
w:doorgaat|open-vraag|-0.93
w:doorgaat|bevelen|-1.0
w:doorgaat|waarschuwen|0.98
w:doorgaat|moraliseren|-1.0
w:doorgaat|argumenteren|-0.98
w:doorgaat|bekritiseren|1.25
w:doorgeven|ik-boodschap|0.98
w:doorgeven|waarschuwen|-0.83
w:doorheen|geruststellen|0.97
w:doorlopen|bevelen|-0.92
w:doorneemt|moraliseren|-0.78
w:doorneemt|adviseren|0.91
w:dossier|jij-boodschap|-0.95
w:dossier|bekritiseren|-0.95
w:draait|geruststellen|0.73
w:drama|bekritiseren|-1.37
w:dramatisch|bevelen|-0.93
w:dramatisch|geruststellen|0.89
w:drammer|etiketteren|0.97
w:drie|ik-boodschap|2.72
w:drie|open-vraag|-0.99
w:drie|bevelen|-0.69
w:drie|argumenteren|0.85
w:drie|bekritiseren|0.97
w:drie|geruststellen|-0.98
w:drie|afleiden|-0.99
w:drie|afronding-aankondigen|-0.94
w:drie|vervolgafspraak|0.92
w:drie|bedanken|0.84
w:druk|gevoelsreflectie|-0.93
w:druk|waarschuwen|-0.99
w:druk|geruststellen|0.99
w:druk|afleiden|-0.85
w:druk|afronding-aankondigen|-0.93
w:drukte|etiketteren|-0.97
w:duidelijk|samenvatting|-1.0
w:duidelijk|bevelen|0.93
w:duidelijk|moraliseren|-1.0
w:duidelijk|argumenteren|2.83
w:duidelijk|bedanken|-0.83
w:durft|moraliseren|-0.98
w:durft|bekritiseren|-0.69
w:durft|interpreteren|-0.98
w:dus|ik-boodschap|0.9
w:dus|jij-boodschap|-0.8
w:dus|parafrase|3.92
w:dus|gevoelsreflectie|-0.98
w:dus|samenvatting|0.84
w:dus|waarschuwen|-1.63
w:dus|moraliseren|-0.96
w:dus|adviseren|-1.93
w:dus|argumenteren|-0.31
w:dus|bekritiseren|-0.93
w:dus|prijzen|3.6
w:dus|etiketteren|-0.97
w:dus|geruststellen|-0.81
w:dus|afleiden|-0.97
w:dus|afronding-aankondigen|-0.95
w:dus|vervolgafspraak|0.19
w:dus|bedanken|-0.93
w:duurt|moraliseren|0.94
w:duurzaamheid|interpreteren|-0.62
w:dwars|adviseren|-0.98
w:dwingen|bekritiseren|-0.92
w:ech|jij-boodschap|-0.9
w:echt|ik-boodschap|1.67
w:echt|jij-boodschap|-1.25
w:echt|parafrase|-1.87
w:echt|gevoelsreflectie|0.97
w:echt|samenvatting|-1.0
w:echt|open-vraag|-0.95
w:echt|aanmoediging|-1.0
w:echt|bevelen|-1.0
w:echt|waarschuwen|-1.0
w:echt|moraliseren|-1.0
w:echt|adviseren|-1.97
w:echt|argumenteren|-1.98
w:echt|bekritiseren|1.01
w:echt|prijzen|-0.98
w:echt|etiketteren|1.07
w:echt|interpreteren|-1.71
w:echt|geruststellen|4.6
w:echt|ondervragen|-1.0
w:echt|afleiden|-1.03
w:echt|afronding-aankondigen|-1.0
w:echt|vervolgafspraak|-1.96
w:echt|bedanken|-1.96
w:echte|moraliseren|-0.96
w:echte|etiketteren|0.97
w:echte|afleiden|-0.97
w:een|ik-boodschap|-1.9
w:een|jij-boodschap|-1.92
w:een|parafrase|0.82
w:een|open-vraag|-1.0
w:een|bevelen|-2.16
w:een|waarschuwen|-0.93
w:een|moraliseren|-2.42
w:een|adviseren|1.73
w:een|argumenteren|-0.21
w:een|bekritiseren|-2.31
w:een|etiketteren|1.21
w:een|interpreteren|-1.09
w:een|geruststellen|0.87
w:een|ondervragen|-1.1
w:een|afleiden|-2.02
w:een|afronding-aankondigen|1.74
w:een|vervolgafspraak|0.81
w:een|bedanken|-1.69
w:eenmaal|samenvatting|-1.0
w:eenmaal|moraliseren|0.14
w:eenmaal|bekritiseren|-0.63
w:eenmaal|etiketteren|-0.93
w:eenmaal|interpreteren|-0.96
w:eenmaal|afleiden|0.13
w:eens|ik-boodschap|0.94
w:eens|jij-boodschap|1.82
w:eens|parafrase|-0.9
w:eens|open-vraag|0.88
w:eens|bevelen|-0.75
w:eens|adviseren|3.69
w:eens|bekritiseren|2.79
w:eens|etiketteren|-0.93
w:eens|interpreteren|-0.9
w:eens|geruststellen|-1.77
w:eens|ondervragen|-1.95
w:eens|afleiden|1.82
w:eens|vervolgafspraak|-0.96
w:eens|bedanken|-1.0
w:eentje|ik-boodschap|-0.95
w:eerder|jij-boodschap|0.13
w:eerder|open-vraag|-0.9
w:eerder|bekritiseren|0.98
w:eerder|etiketteren|-0.96
w:eerder|interpreteren|0.81
w:eerlijk|ik-boodschap|-1.9
w:eerlijk|gevoelsreflectie|-0.78
w:eerlijk|moraliseren|0.94
w:eerlijk|adviseren|0.73
w:eerlijk|bekritiseren|-0.14
w:eerlijk|interpreteren|-0.83
w:eerlijk|bedanken|0.92
w:eerlijkheid|vervolgafspraak|-0.93
w:eerlijkheid|bedanken|0.98
w:eerst|aanmoediging|-0.94
w:eerst|bevelen|1.62
w:eerst|adviseren|0.95
w:eerst|argumenteren|-1.0
w:eerst|bekritiseren|-0.98
w:eerst|prijzen|-1.91
w:eerst|geruststellen|-0.92
w:eerst|afleiden|0.79
w:eerste|parafrase|-1.85
w:eerste|gevoelsreflectie|-1.0
w:eerste|samenvatting|0.89
w:eerste|aanmoediging|-0.98
w:eerste|etiketteren|-0.91
w:eerste|geruststellen|0.93
w:eerste|vervolgafspraak|1.0
w:eigen|jij-boodschap|0.79
w:eigen|parafrase|0.99
w:eigen|samenvatting|0.99
w:eigen|bekritiseren|0.96
w:eigen|interpreteren|1.0
w:eigen|ondervragen|-0.98
w:eigenlijk|ik-boodschap|-0.98
w:eigenlijk|jij-boodschap|-0.51
w:eigenlijk|parafrase|0.92
w:eigenlijk|gevoelsreflectie|-0.86
w:eigenlijk|samenvatting|-0.93
w:eigenlijk|open-vraag|-2.86
w:eigenlijk|moraliseren|-0.95
w:eigenlijk|adviseren|-1.63
w:eigenlijk|argumenteren|-0.99
w:eigenlijk|etiketteren|-0.98
w:eigenlijk|interpreteren|2.94
w:eigenlijk|ondervragen|-0.99
w:eigenlijk|afleiden|2.92
w:eigenlijk|bedanken|-0.99
w:eind|ik-boodschap|-0.92
w:eind|samenvatting|-0.99
w:eind|bevelen|-0.83
w:eind|waarschuwen|0.92
w:eind|afronding-aankondigen|0.99
w:eind|vervolgafspraak|-1.98
w:eind|bedanken|-0.86
w:einde|afleiden|1.85
w:eindelijk|jij-boodschap|1.67
w:eindelijk|bekritiseren|1.67
w:eindexamen|parafrase|-1.0
w:eis|bekritiseren|0.96
w:elf|parafrase|0.92
w:elf|argumenteren|0.92
w:elk|adviseren|-0.93
w:elkaar|samenvatting|-0.82
w:elkaar|afronding-aankondigen|0.17
w:elkaar|vervolgafspraak|-0.94
w:elkaar|bedanken|-0.51
w:elke|ik-boodschap|1.98
w:elke|parafrase|-0.91
w:elke|gevoelsreflectie|-1.0
w:elke|samenvatting|0.91
w:elke|open-vraag|-1.0
w:elke|bevelen|-0.92
w:elke|waarschuwen|-1.0
w:elke|adviseren|1.78
w:elke|argumenteren|0.98
w:elke|bekritiseren|0.19
w:elke|ondervragen|0.14
w:elke|afleiden|1.93
w:elke|vervolgafspraak|-1.0
w:emma|bedanken|-0.93
w:emotioneel|bedanken|0.99
w:emre|ik-boodschap|-0.99
w:en|ik-boodschap|1.02
w:en|parafrase|-4.8
w:en|gevoelsreflectie|-2.65
w:en|samenvatting|5.14
w:en|open-vraag|-1.95
w:en|aanmoediging|-0.98
w:en|bevelen|0.1
w:en|waarschuwen|-0.94
w:en|moraliseren|-1.9
w:en|adviseren|-1.11
w:en|argumenteren|-1.87
w:en|bekritiseren|0.93
w:en|prijzen|-0.98
w:en|etiketteren|-1.0
w:en|interpreteren|-1.98
w:en|geruststellen|0.93
w:en|ondervragen|-0.96
w:en|afleiden|-1.75
w:en|afronding-aankondigen|1.03
w:en|bedanken|-0.38
w:eng|gevoelsreflectie|0.93
w:eng|adviseren|0.73
w:eng|vervolgafspraak|-0.96
w:engels|samenvatting|1.0
w:engels|open-vraag|1.0
w:engels|bevelen|-0.63
w:engels|argumenteren|-0.84
w:enige|ik-boodschap|-1.0
w:enige|jij-boodschap|-1.0
w:enige|parafrase|-1.0
w:enige|gevoelsreflectie|-1.0
w:enige|samenvatting|-1.0
w:enige|open-vraag|-1.0
w:enige|aanmoediging|-1.0
w:enige|bevelen|-1.0
w:enige|waarschuwen|-1.0
w:enige|moraliseren|-1.0
w:enige|adviseren|-1.0
w:enige|argumenteren|-1.0
w:enige|bekritiseren|-1.0
w:enige|prijzen|-1.0
w:enige|etiketteren|-1.0
w:enige|interpreteren|-1.0
w:enige|geruststellen|1.0
w:enige|ondervragen|-1.0
w:enige|afleiden|-1.0
w:enige|afronding-aankondigen|-1.0
w:enige|vervolgafspraak|-1.0
w:enige|bedanken|-1.0
w:enkel|ik-boodschap|0.97
w:enkel|jij-boodschap|1.78
w:enkel|bevelen|-0.82
w:enkel|moraliseren|-0.95
w:enkel|bekritiseren|1.75
w:enkele|ik-boodschap|1.87
w:enkele|jij-boodschap|-1.87
w:enkele|argumenteren|-0.93
w:enkele|bekritiseren|-0.96
w:enorm|gevoelsreflectie|0.82
w:enorm|bekritiseren|1.22
w:enorme|gevoelsreflectie|0.91
w:er|ik-boodschap|1.77
w:er|jij-boodschap|1.01
w:er|parafrase|-1.95
w:er|gevoelsreflectie|-1.71
w:er|open-vraag|0.96
w:er|aanmoediging|-1.0
w:er|bevelen|-1.83
w:er|waarschuwen|-1.01
w:er|moraliseren|-0.9
w:er|adviseren|-0.77
w:er|argumenteren|-0.94
w:er|bekritiseren|0.59
w:er|prijzen|-0.99
w:er|etiketteren|-1.94
w:er|interpreteren|-1.79
w:er|geruststellen|-0.81
w:er|afronding-aankondigen|0.79
w:er|vervolgafspraak|-0.89
w:er|bedanken|0.19
w:erbij|parafrase|0.91
w:erbij|afronding-aankondigen|0.79
w:erbij|vervolgafspraak|3.68
w:erg|parafrase|-0.96
w:erg|argumenteren|-0.92
w:erg|bekritiseren|-3.19
w:erg|geruststellen|1.92
w:erop|jij-boodschap|0.97
w:erop|samenvatting|-0.97
w:erop|bekritiseren|0.87
w:eruit|jij-boodschap|0.84
w:eruit|parafrase|-0.9
w:eruit|samenvatting|0.9
w:eruit|bevelen|-0.94
w:eruit|waarschuwen|1.9
w:eruit|bekritiseren|1.8
w:eruit|vervolgafspraak|0.9
w:ervaart|ik-boodschap|0.99
w:ervaart|samenvatting|-0.95
w:ervan|gevoelsreflectie|1.97
w:ervan|afleiden|0.75
w:ervan|afronding-aankondigen|-0.98
w:ervaring|prijzen|1.0
w:ervoor|argumenteren|-1.0
w:ervoor|afronding-aankondigen|-1.0
w:etterbak|gevoelsreflectie|-1.0
w:etterbak|bekritiseren|-1.0
w:etterbak|etiketteren|1.0
w:eva|ik-boodschap|-0.76
w:evalueren|afleiden|-0.99
w:evalueren|afronding-aankondigen|-0.95
w:evalueren|vervolgafspraak|1.0
w:even|ik-boodschap|-1.74
w:even|parafrase|-1.9
w:even|samenvatting|2.79
w:even|bevelen|2.11
w:even|moraliseren|-0.92
w:even|adviseren|-0.99
w:even|argumenteren|-0.97
w:even|bekritiseren|-1.95
w:even|prijzen|0.95
w:even|etiketteren|-0.92
w:even|geruststellen|-0.79
w:even|afleiden|0.9
w:even|afronding-aankondigen|-0.93
w:even|vervolgafspraak|-0.96
w:even|bedanken|-0.83
w:examen|waarschuwen|0.91
w:examen|geruststellen|-0.94
w:examenreglement|argumenteren|1.82
w:examens|parafrase|-0.98
w:examens|aanmoediging|-0.81
w:examens|bevelen|-0.75
w:examens|geruststellen|0.98
w:excursie|prijzen|0.93
w:excursie|afronding-aankondigen|-0.93
w:excuses|ik-boodschap|-0.95
w:excuses|bevelen|1.32
w:excuses|waarschuwen|-0.94
w:extra|parafrase|0.99
w:extra|samenvatting|0.99
w:extra|adviseren|-0.97
w:extra|prijzen|1.81
w:extra|interpreteren|0.91
w:extra|afleiden|-0.97
w:extra|vervolgafspraak|-0.86
w:faalangst|bekritiseren|-0.86
w:familie|etiketteren|-0.38
w:fatsoen|moraliseren|0.94
w:fatsoenlijk|moraliseren|0.94
w:feit|parafrase|-0.92
w:feit|waarschuwen|-0.99
w:feit|argumenteren|1.93
w:feitelijk|argumenteren|0.69
w:fel|gevoelsreflectie|-0.99
w:femke|bevelen|-1.0
w:femke|moraliseren|-1.0
w:fenna|bekritiseren|-0.79
w:fenna's|aanmoediging|-0.99
w:fiets|parafrase|-1.0
w:fiets|bevelen|0.94
w:fiets|moraliseren|-0.98
w:fiets|adviseren|0.98
w:fiets|geruststellen|-1.0
w:fiets|ondervragen|-0.98
w:fiets|vervolgafspraak|-1.0
w:fijn|ik-boodschap|0.73
w:fijn|jij-boodschap|-0.13
w:fijn|gevoelsreflectie|-0.98
w:fijn|bekritiseren|-0.5
w:fijn|etiketteren|-1.79
w:fijn|interpreteren|-0.82
w:fijn|bedanken|-0.84
w:fijne|jij-boodschap|-0.64
w:fijne|argumenteren|-0.98
w:fijne|prijzen|1.96
w:finn|prijzen|0.9
w:finn|afronding-aankondigen|-0.81
w:fleur|bedanken|0.7
w:formulier|bevelen|0.95
w:formulier|ondervragen|0.86
w:formulier|afleiden|-0.71
w:fouten|parafrase|0.92
w:fouten|argumenteren|0.92
w:frans|ik-boodschap|-0.99
w:frans|jij-boodschap|-0.82
w:frans|parafrase|-0.91
w:frans|gevoelsreflectie|-0.98
w:frans|samenvatting|1.9
w:frans|vervolgafspraak|0.99
w:frustreert|samenvatting|-0.81
w:frustreert|afronding-aankondigen|0.87
w:frustreert|bedanken|-0.51
w:frustrerend|bekritiseren|-1.0
w:ga|ik-boodschap|-1.0
w:ga|parafrase|-0.86
w:ga|open-vraag|-0.9
w:ga|bevelen|0.85
w:ga|waarschuwen|-0.79
w:ga|afleiden|0.9
w:ga|vervolgafspraak|-1.89
w:ga|bedanken|-1.0
w:gaan|ik-boodschap|0.91
w:gaan|gevoelsreflectie|0.98
w:gaan|bevelen|-1.83
w:gaan|moraliseren|-0.95
w:gaan|adviseren|1.99
w:gaan|bekritiseren|-0.9
w:gaan|afronding-aankondigen|-0.84
w:gaan|vervolgafspraak|-1.79
w:gaat|ik-boodschap|-0.88
w:gaat|jij-boodschap|-1.52
w:gaat|parafrase|-2.73
w:gaat|gevoelsreflectie|-1.97
w:gaat|open-vraag|1.06
w:gaat|aanmoediging|-0.76
w:gaat|bevelen|0.91
w:gaat|waarschuwen|0.85
w:gaat|moraliseren|-0.98
w:gaat|argumenteren|-0.92
w:gaat|bekritiseren|-0.48
w:gaat|prijzen|-0.1
w:gaat|etiketteren|-0.93
w:gaat|interpreteren|0.11
w:gaat|geruststellen|1.93
w:gaat|ondervragen|-1.13
w:gaat|afleiden|-1.92
w:gaat|vervolgafspraak|0.97
w:gaat|bedanken|-1.82
w:gaf|jij-boodschap|-0.95
w:gaf|bekritiseren|-0.95
w:gamen|jij-boodschap|0.95
w:gamen|moraliseren|0.99
w:gamen|adviseren|-0.94
w:gamen|bekritiseren|0.98
w:gamen|ondervragen|0.98
w:gamet|adviseren|0.94
w:gamet|bekritiseren|0.94
w:gamet|prijzen|-0.94
w:gang|ik-boodschap|-1.0
w:gang|samenvatting|-0.9
w:gang|bevelen|-1.83
w:gang|bekritiseren|-1.0
w:gangpad|geruststellen|-0.94
w:gapen|ik-boodschap|0.98
w:gapen|bekritiseren|-0.8
w:gaten|samenvatting|0.95
w:gaten|geruststellen|0.81
w:gaten|afronding-aankondigen|0.95
w:gaten|bedanken|0.84
w:gebakken|bekritiseren|0.57
w:gebeld|jij-boodschap|-1.74
w:gebeld|parafrase|-1.89
w:gebeld|bekritiseren|0.16
w:gebeld|vervolgafspraak|-1.0
w:gebeurd|gevoelsreflectie|1.0
w:gebeurd|open-vraag|1.05
w:gebeurd|bevelen|-1.0
w:gebeurd|waarschuwen|-1.0
w:gebeurd|bekritiseren|0.68
w:gebeurd|ondervragen|-0.8
w:gebeurd|afronding-aankondigen|-1.0
w:gebeurde|ik-boodschap|-1.0
w:gebeurde|gevoelsreflectie|-1.0
w:gebeurde|bedanken|-1.0
w:gebeuren|parafrase|-0.87
w:gebeuren|geruststellen|1.83
w:gebeurt|parafrase|-0.93
w:gebeurt|gevoelsreflectie|-1.9
w:gebeurt|samenvatting|0.93
w:gebeurt|waarschuwen|1.89
w:gebeurt|moraliseren|-0.87
w:gebeurt|bekritiseren|1.81
w:gebeurt|geruststellen|0.78
w:gebouw|afleiden|0.98
w:gebruiken|open-vraag|-0.91
w:gecontroleerd|ondervragen|0.98
w:gecontroleerd|afleiden|-0.98
w:gedaan|jij-boodschap|-0.93
w:gedaan|bevelen|-0.57
w:gedaan|geruststellen|-0.78
w:gedacht|ondervragen|-0.97
w:gedacht|afleiden|-0.97
w:gedoe|parafrase|0.93
w:gedoe|open-vraag|-0.9
w:gedoe|bekritiseren|-0.1
w:gedoe|etiketteren|1.61
w:gedoe|afleiden|1.84
w:gedraagt|bekritiseren|-0.93
w:gedraai|bekritiseren|0.87
w:gedrag|jij-boodschap|-0.91
w:gedrag|argumenteren|-0.97
w:geduld|bedanken|0.88
w:geduldige|moraliseren|-0.92
w:geduldige|etiketteren|-0.92
w:geduwd|ik-boodschap|0.89
w:geduwd|gevoelsreflectie|0.95
w:geef|bekritiseren|0.71
w:geeft|jij-boodschap|-0.98
w:geeft|samenvatting|-0.99
w:geeft|bevelen|0.96
w:geeft|geruststellen|-0.9
w:geen|ik-boodschap|3.82
w:geen|jij-boodschap|-0.15
w:geen|bevelen|-0.72
w:geen|waarschuwen|-1.98
w:geen|moraliseren|-0.95
w:geen|adviseren|-0.99
w:geen|argumenteren|0.92
w:geen|bekritiseren|-1.86
w:geen|prijzen|0.98
w:geen|etiketteren|-0.99
w:geen|interpreteren|-1.86
w:geen|geruststellen|-0.26
w:geen|vervolgafspraak|-0.82
w:geen|bedanken|-0.83
w:gegaan|samenvatting|-0.99
w:gegaan|adviseren|-0.78
w:gehad|ik-boodschap|1.0
w:gehad|jij-boodschap|-1.26
w:gehad|gevoelsreflectie|0.97
w:gehad|bekritiseren|-0.98
w:gehad|afleiden|-0.81
w:gehad|bedanken|-0.92
w:geholpen|jij-boodschap|-0.92
w:geholpen|bekritiseren|-0.67
w:gehoord|gevoelsreflectie|0.95
w:gehoord|samenvatting|-0.98
w:gehouden|jij-boodschap|0.89
w:gek|bevelen|-0.99
w:gek|afleiden|-0.96
w:gekeken|jij-boodschap|0.97
w:gekeken|bekritiseren|0.82
w:gekomen|samenvatting|0.9
w:gekomen|bevelen|-1.0
w:gekomen|adviseren|-0.92
w:gekomen|argumenteren|-1.0
w:gekomen|bekritiseren|-3.15
w:gekomen|prijzen|-0.83
w:gekomen|ondervragen|0.98
w:gekomen|vervolgafspraak|-0.1
w:gekozen|parafrase|-0.94
w:gekozen|open-vraag|-0.94
w:gekregen|gevoelsreflectie|-0.98
w:gekregen|open-vraag|-0.98
w:gekwetst|parafrase|0.9
w:gelaten|parafrase|-1.0
w:gelaten|samenvatting|-1.0
w:gelaten|bedanken|-1.0
w:gelden|argumenteren|0.92
w:geldt|samenvatting|-0.93
w:gelezen|gevoelsreflectie|-0.76
w:gelezen|bekritiseren|0.76
w:gelezen|ondervragen|1.77
w:gelijk|parafrase|0.92
w:gelijk|argumenteren|0.92
w:geloof|ik-boodschap|-1.0
w:gelopen|jij-boodschap|0.79
w:gelopen|bekritiseren|0.96
w:gemaakt|ik-boodschap|-0.99
w:gemaakt|parafrase|-1.91
w:gemaakt|argumenteren|-0.98
w:gemaakt|bekritiseren|0.98
w:gemaakt|etiketteren|-0.68
w:gemaakt|geruststellen|-0.72
w:gemaakt|vervolgafspraak|0.99
w:gemaild|argumenteren|1.86
w:gemeld|ik-boodschap|-0.89
w:gemeld|aanmoediging|-1.0
w:gemeld|adviseren|-1.0
w:gemeld|bekritiseren|0.91
w:gemeld|etiketteren|-0.93
w:gemeld|interpreteren|-1.92
w:gemeld|ondervragen|1.0
w:gemengde|adviseren|-0.96
w:gemerkt|ik-boodschap|0.95
w:gemiddeld|parafrase|0.94
w:gemiddeld|samenvatting|-1.0
w:gemiddeld|moraliseren|-1.0
w:gemiddeld|argumenteren|1.93
w:gemiddelde|ik-boodschap|0.93
w:gemiddelde|jij-boodschap|-0.93
w:gemiddelde|argumenteren|-0.93
w:gemiddelde|bekritiseren|-0.93
w:gemist|ik-boodschap|0.95
w:gemist|argumenteren|0.69
w:gemotiveerd|parafrase|1.0
w:gemotiveerd|gevoelsreflectie|-1.0
w:gemotiveerd|bekritiseren|-1.0
w:genoeg|argumenteren|-0.98
w:genomen|gevoelsreflectie|1.0
w:gepast|bekritiseren|1.57
w:gepast|geruststellen|-0.91
w:gepest|gevoelsreflectie|-0.94
w:gepest|open-vraag|0.9
w:gepest|interpreteren|1.76
w:gepland|argumenteren|-0.86
w:gepraat|afronding-aankondigen|0.97
w:geraakt|ik-boodschap|0.95
w:geraakt|open-vraag|-0.91
w:gereageerd|jij-boodschap|0.92
w:gereageerd|bekritiseren|1.72
w:gereageerd|ondervragen|-0.8
w:gerust|aanmoediging|0.98
w:gerust|bevelen|-0.89
w:gerust|adviseren|0.94
w:gerust|geruststellen|0.81
w:geschiedenis|jij-boodschap|-1.0
w:geschiedenis|waarschuwen|-1.0
w:geschiedenis|bekritiseren|-1.0
w:geschorst|bevelen|-0.97
w:geschorst|waarschuwen|0.99
w:geschorst|argumenteren|-0.89
w:geschrokken|ik-boodschap|0.9
w:geschrokken|gevoelsreflectie|2.63
w:geschrokken|open-vraag|0.95
w:geschrokken|afleiden|-0.77
w:geslagen|waarschuwen|-0.99
w:gesprek|ik-boodschap|-1.95
w:gesprek|jij-boodschap|-1.74
w:gesprek|parafrase|0.91
w:gesprek|samenvatting|-0.98
w:gesprek|open-vraag|1.0
w:gesprek|bevelen|-0.9
w:gesprek|adviseren|-1.0
w:gesprek|bekritiseren|-0.5
w:gesprek|prijzen|-0.98
w:gesprek|etiketteren|-1.0
w:gesprek|geruststellen|-1.0
w:gesprek|ondervragen|-0.13
w:gesprek|afleiden|-1.0
w:gesprek|afronding-aankondigen|2.74
w:gesprek|vervolgafspraak|-0.86
w:gesprek|bedanken|-1.5
w:gesprekjes|open-vraag|-0.97
w:gesproken|jij-boodschap|-0.85
w:gestegen|samenvatting|-0.98
w:gestegen|afleiden|-0.98
w:gesteld|etiketteren|-1.0
w:gestolen|parafrase|-1.0
w:gestolen|vervolgafspraak|-1.0
w:gestopt|vervolgafspraak|-0.9
w:gestuurd|parafrase|0.97
w:gestuurd|bekritiseren|0.92
w:getekend|ondervragen|0.86
w:gevallen|ik-boodschap|0.94
w:geven|ik-boodschap|0.97
w:geven|jij-boodschap|-1.0
w:geven|gevoelsreflectie|-0.99
w:geven|bevelen|-0.82
w:geven|waarschuwen|-1.81
w:geven|moraliseren|0.77
w:geven|adviseren|-1.85
w:geven|bekritiseren|-1.58
w:geven|interpreteren|0.91
w:gevoel|gevoelsreflectie|-0.86
w:gevoel|samenvatting|-0.99
w:gevoel|open-vraag|0.9
w:gevolgen|waarschuwen|0.88
w:gevolgen|moraliseren|0.97
w:gevraagd|bevelen|-0.91
w:gewacht|bekritiseren|0.75
w:geweest|parafrase|-1.0
w:geweest|gevoelsreflectie|0.21
w:geweest|open-vraag|-1.0
w:geweest|argumenteren|-1.0
w:geweest|etiketteren|-0.94
w:geweest|geruststellen|-0.89
w:geweest|afleiden|-0.94
w:geweldige|bekritiseren|3.24
w:geweldige|prijzen|0.83
w:geweldige|bedanken|-3.32
w:gewend|geruststellen|0.9
w:gewerkt|bekritiseren|-0.83
w:gewond|ik-boodschap|0.91
w:gewone|gevoelsreflectie|-0.96
w:gewone|afleiden|-0.99
w:gewoon|ik-boodschap|-0.98
w:gewoon|jij-boodschap|0.66
w:gewoon|samenvatting|-0.98
w:gewoon|aanmoediging|-0.81
w:gewoon|bevelen|-0.47
w:gewoon|waarschuwen|-1.96
w:gewoon|moraliseren|0.81
w:gewoon|adviseren|1.38
w:gewoon|argumenteren|1.01
w:gewoon|bekritiseren|-1.67
w:gewoon|etiketteren|0.29
w:gewoon|interpreteren|1.9
w:gewoon|geruststellen|-1.18
w:gewoon|ondervragen|-1.12
w:gewoon|afleiden|-0.93
w:gewoon|vervolgafspraak|-1.0
w:geworden|etiketteren|0.84
w:geworden|ondervragen|-0.94
w:gezakt|ik-boodschap|0.83
w:gezakt|open-vraag|0.95
w:gezegd|ik-boodschap|-0.9
w:gezegd|moraliseren|-0.99
w:gezegd|bekritiseren|0.15
w:gezegd|ondervragen|0.92
w:gezeur|afleiden|-0.99
w:gezien|ik-boodschap|-1.74
w:gezien|jij-boodschap|-0.93
w:gezien|samenvatting|0.95
w:gezien|argumenteren|-0.93
w:gezien|bekritiseren|-0.93
w:gezien|afleiden|0.98
w:geïrriteerd|bedanken|-0.99
w:geüpload|geruststellen|-0.72
w:gijs|ik-boodschap|0.98
w:gijs|parafrase|-0.98
w:gijs|vervolgafspraak|-0.98
w:ging|jij-boodschap|-0.85
w:ging|open-vraag|-0.99
w:ging|bekritiseren|-1.71
w:ging|ondervragen|-0.99
w:ging|vervolgafspraak|-0.96
w:gips|aanmoediging|-0.99
w:gisteravond|ondervragen|0.94
w:gisteren|ik-boodschap|2.73
w:gisteren|jij-boodschap|-0.96
w:gisteren|afronding-aankondigen|-0.98
w:goed|ik-boodschap|-2.82
w:goed|jij-boodschap|-1.73
w:goed|parafrase|2.05
w:goed|samenvatting|-2.82
w:goed|bevelen|-0.88
w:goed|waarschuwen|-1.73
w:goed|moraliseren|-0.99
w:goed|adviseren|-0.88
w:goed|bekritiseren|-2.42
w:goed|interpreteren|-1.9
w:goed|geruststellen|1.11
w:goed|ondervragen|-0.82
w:goed|vervolgafspraak|-1.8
w:goede|parafrase|-0.89
w:goede|open-vraag|1.0
w:goede|waarschuwen|-1.0
w:goede|moraliseren|1.77
w:goede|adviseren|-1.85
w:goede|bekritiseren|-1.91
w:goede|geruststellen|-1.0
w:goedemiddag|ik-boodschap|-0.97
w:goedemiddag|parafrase|-0.99
w:goedemiddag|gevoelsreflectie|-0.98
w:goedemiddag|bekritiseren|0.71
w:goedemiddag|bedanken|-0.92
w:goeiemiddag|etiketteren|-0.58
w:graag|jij-boodschap|-1.0
w:graag|open-vraag|0.99
w:graag|vervolgafspraak|0.91
w:grapjes|interpreteren|0.98
w:grens|jij-boodschap|-0.96
w:grenzen|bevelen|-1.0
w:grenzen|moraliseren|0.99
w:grenzen|bekritiseren|0.5
w:grenzen|etiketteren|-1.0
w:grenzen|ondervragen|-1.0
w:grijpen|adviseren|0.94
w:grijpen|bekritiseren|0.94
w:grijpen|prijzen|-0.94
w:groep|jij-boodschap|2.5
w:groep|gevoelsreflectie|0.97
w:groep|argumenteren|-1.0
w:groep|bekritiseren|0.4
w:groepje|ik-boodschap|-0.98
w:groepje|bevelen|-0.8
w:groepje|adviseren|0.98
w:groepjes|bekritiseren|-0.97
w:groepsapp|samenvatting|1.0
w:groepsapp|open-vraag|1.0
w:groepsapp|afleiden|0.93
w:groepsopdracht|ik-boodschap|0.97
w:grote|samenvatting|-1.0
w:grote|waarschuwen|-0.97
w:grote|etiketteren|1.0
w:gym|ik-boodschap|0.96
w:gym|samenvatting|-0.98
w:gym|afleiden|0.79
w:gymdocent|jij-boodschap|-0.95
w:gymdocent|samenvatting|-0.78
w:gymdocent|bekritiseren|-0.95
w:gymles|ik-boodschap|1.87
w:gymles|gevoelsreflectie|1.93
w:gymspullen|ik-boodschap|-0.99
w:haal|open-vraag|-0.93
w:haalde|parafrase|0.94
w:haalde|argumenteren|0.94
w:haalt|parafrase|-1.0
w:haalt|samenvatting|0.93
w:haalt|waarschuwen|-1.03
w:haalt|argumenteren|0.99
w:haalt|etiketteren|-0.93
w:haalt|geruststellen|2.75
w:haalt|afleiden|0.81
w:haar|ik-boodschap|2.27
w:haar|gevoelsreflectie|1.78
w:haar|open-vraag|2.01
w:haar|aanmoediging|-1.99
w:haar|adviseren|1.77
w:haar|bekritiseren|-2.89
w:haar|etiketteren|-0.99
w:haar|interpreteren|1.73
w:haar|geruststellen|-0.99
w:haar|afronding-aankondigen|-0.99
w:haar|vervolgafspraak|-0.89
w:haar|bedanken|-0.93
w:had|ik-boodschap|-0.99
w:had|jij-boodschap|1.96
w:had|parafrase|0.99
w:had|samenvatting|-0.95
w:had|open-vraag|-0.9
w:had|argumenteren|0.92
w:had|bekritiseren|1.96
w:hadden|etiketteren|-0.96
w:haha|afleiden|0.94
w:halen|ik-boodschap|0.99
w:halen|parafrase|-0.98
w:halen|aanmoediging|-0.81
w:halen|bevelen|-0.75
w:halen|prijzen|0.9
w:halen|geruststellen|0.98
w:half|ik-boodschap|0.98
w:half|samenvatting|0.95
w:half|bevelen|0.79
w:half|argumenteren|-1.0
w:half|afronding-aankondigen|0.88
w:half|vervolgafspraak|0.93
w:half|bedanken|1.62
w:halverwege|ik-boodschap|1.0
w:halverwege|adviseren|-1.0
w:halverwege|ondervragen|-1.0
w:halverwege|afleiden|-1.0
w:halverwege|afronding-aankondigen|-1.0
w:hand|jij-boodschap|0.79
w:hand|parafrase|-0.99
w:hand|bekritiseren|0.96
w:hand|ondervragen|-0.87
w:handige|bekritiseren|1.0
w:hard|bekritiseren|-0.83
w:hard|bedanken|-0.93
w:harde|prijzen|0.85
w:hardop|geruststellen|0.92
w:hardop|afleiden|-0.92
w:havo|waarschuwen|0.97
w:havo|argumenteren|-0.92
w:he|bekritiseren|-0.98
w:he|afleiden|1.92
w:heb|ik-boodschap|-1.56
w:heb|jij-boodschap|-0.87
w:heb|samenvatting|-0.98
w:heb|bevelen|-0.82
w:heb|waarschuwen|-1.81
w:heb|adviseren|-0.99
w:heb|interpreteren|0.98
w:heb|ondervragen|0.92
w:heb|afleiden|-0.98
w:heb|vervolgafspraak|-0.99
w:hebben|ik-boodschap|-0.95
w:hebben|jij-boodschap|-1.52
w:hebben|parafrase|-1.0
w:hebben|gevoelsreflectie|-1.94
w:hebben|samenvatting|-0.78
w:hebben|open-vraag|-0.98
w:hebben|bevelen|-1.0
w:hebben|adviseren|-0.9
w:hebben|bekritiseren|-0.72
w:hebben|etiketteren|1.0
w:hebben|afleiden|2.07
w:hebben|afronding-aankondigen|-2.87
w:hebben|bedanken|-1.92
w:hebt|ik-boodschap|2.92
w:hebt|jij-boodschap|1.12
w:hebt|gevoelsreflectie|-1.83
w:hebt|samenvatting|-0.92
w:hebt|open-vraag|-0.99
w:hebt|bevelen|-1.57
w:hebt|waarschuwen|-1.02
w:hebt|argumenteren|-0.98
w:hebt|bekritiseren|1.45
w:hebt|interpreteren|-0.95
w:hebt|ondervragen|-0.86
w:hebt|afleiden|-0.71
w:heeft|ik-boodschap|0.87
w:heeft|jij-boodschap|-0.48
w:heeft|parafrase|0.18
w:heeft|gevoelsreflectie|-1.98
w:heeft|samenvatting|0.93
w:heeft|open-vraag|-1.07
w:heeft|aanmoediging|-1.0
w:heeft|bevelen|-0.91
w:heeft|waarschuwen|-1.0
w:heeft|moraliseren|-1.95
w:heeft|adviseren|-1.0
w:heeft|argumenteren|-1.22
w:heeft|bekritiseren|-0.53
w:heeft|prijzen|-0.98
w:heeft|etiketteren|-1.68
w:heeft|interpreteren|-1.02
w:heeft|geruststellen|-0.6
w:heeft|ondervragen|1.07
w:heeft|afleiden|-0.89
w:heeft|vervolgafspraak|-0.98
w:heeft|bedanken|0.7
w:heel|ik-boodschap|0.84
w:heel|jij-boodschap|-0.1
w:heel|gevoelsreflectie|1.04
w:heel|open-vraag|-1.92
w:heel|aanmoediging|0.99
w:heel|moraliseren|-1.92
w:heel|bekritiseren|2.52
w:heel|prijzen|0.93
w:heel|geruststellen|1.03
w:heel|afleiden|-0.98
w:heel|afronding-aankondigen|-0.95
w:heel|bedanken|-1.83
w:heen|gevoelsreflectie|0.96
w:heen|adviseren|-0.96
w:heen|interpreteren|-0.98
w:heen|afronding-aankondigen|-0.81
w:heen|vervolgafspraak|0.17
w:heftig|moraliseren|-0.99
w:heimwee|interpreteren|0.78
w:hek|bevelen|0.9
w:helaas|waarschuwen|-1.0
w:helaas|afronding-aankondigen|0.99
w:helaas|vervolgafspraak|-0.99
w:helaas|bedanken|1.0
w:held|samenvatting|-1.0
w:held|etiketteren|1.0
w:hele|ik-boodschap|0.85
w:hele|parafrase|0.92
w:hele|open-vraag|-0.97
w:hele|aanmoediging|-0.93
w:hele|bevelen|0.84
w:hele|waarschuwen|0.9
w:hele|argumenteren|0.92
w:hele|bekritiseren|-0.23
w:hele|etiketteren|0.93
w:hele|interpreteren|-1.0
w:hele|vervolgafspraak|-0.96
w:helemaal|jij-boodschap|-0.39
w:helemaal|gevoelsreflectie|1.03
w:helemaal|samenvatting|-0.98
w:helemaal|bekritiseren|-3.74
w:helemaal|interpreteren|1.0
w:helemaal|geruststellen|-0.85
w:helikopterouder|etiketteren|0.93
w:helikopterouders|jij-boodschap|0.96
w:helpen|gevoelsreflectie|-0.1
w:helpen|open-vraag|1.93
w:helpen|adviseren|-0.94
w:helpen|vervolgafspraak|0.82
w:helpt|moraliseren|-0.78
w:helpt|adviseren|0.91
w:helpt|bekritiseren|0.99
w:helpt|geruststellen|-0.94
w:helpt|vervolgafspraak|0.96
w:hem|ik-boodschap|-0.88
w:hem|jij-boodschap|-0.82
w:hem|parafrase|-0.91
w:hem|gevoelsreflectie|-0.86
w:hem|samenvatting|-0.22
w:hem|open-vraag|1.91
w:hem|aanmoediging|-1.0
w:hem|bevelen|2.37
w:hem|waarschuwen|1.9
w:hem|moraliseren|-0.78
w:hem|adviseren|1.36
w:hem|bekritiseren|0.51
w:hem|prijzen|-1.03
w:hem|etiketteren|-1.0
w:hem|ondervragen|-0.97
w:hem|afleiden|-1.84
w:hem|afronding-aankondigen|-0.98
w:hem|vervolgafspraak|-0.16
w:herfstvakantie|ik-boodschap|1.91
w:herfstvakantie|jij-boodschap|-0.94
w:herfstvakantie|bevelen|-0.82
w:herfstvakantie|bekritiseren|-1.76
w:herhalen|ik-boodschap|0.99
w:herkansen|argumenteren|0.95
w:herkansing|waarschuwen|-0.99
w:herkansing|argumenteren|0.87
w:herkansing|geruststellen|0.99
w:herkansing|bedanken|-0.83
w:herkansingsdata|ik-boodschap|-0.93
w:herkansingsdata|bekritiseren|-0.93
w:herkansingsdata|afleiden|-0.93
w:het|jij-boodschap|0.19
w:het|parafrase|-1.04
w:het|gevoelsreflectie|-1.87
w:het|samenvatting|0.1
w:het|open-vraag|-0.89
w:het|aanmoediging|-1.18
w:het|bevelen|-1.67
w:het|waarschuwen|-1.85
w:het|moraliseren|-1.24
w:het|adviseren|-0.9
w:het|argumenteren|-0.11
w:het|bekritiseren|-0.22
w:het|prijzen|-0.99
w:het|etiketteren|-1.74
w:het|interpreteren|-0.69
w:het|geruststellen|0.12
w:het|ondervragen|-1.87
w:het|afleiden|-0.49
w:het|vervolgafspraak|-0.38
w:het|bedanken|0.14
w:hetzelfde|ik-boodschap|0.98
w:hetzelfde|argumenteren|0.97
w:heus|waarschuwen|-0.99
w:heus|geruststellen|1.88
w:heus|afleiden|-0.99
w:hielp|ik-boodschap|1.67
w:hier|ik-boodschap|-1.83
w:hier|gevoelsreflectie|0.76
w:hier|bevelen|-0.98
w:hier|argumenteren|0.93
w:hier|prijzen|0.82
w:hier|geruststellen|-0.83
w:hier|afleiden|-0.91
w:hier|afronding-aankondigen|4.67
w:hier|vervolgafspraak|-1.0
w:hier|bedanken|-0.44
w:hierbij|samenvatting|0.92
w:hierbij|argumenteren|-0.9
w:hierbij|afronding-aankondigen|0.99
w:hierbij|bedanken|-0.77
w:hiermee|waarschuwen|0.99
w:hierop|gevoelsreflectie|-1.0
w:hierop|open-vraag|1.0
w:hij|ik-boodschap|-2.0
w:hij|jij-boodschap|-0.9
w:hij|parafrase|-0.17
w:hij|gevoelsreflectie|-1.98
w:hij|samenvatting|0.91
w:hij|open-vraag|-1.09
w:hij|aanmoediging|-1.99
w:hij|bevelen|-1.15
w:hij|moraliseren|-0.85
w:hij|adviseren|-0.94
w:hij|argumenteren|-1.31
w:hij|bekritiseren|-1.16
w:hij|prijzen|-1.01
w:hij|etiketteren|-2.26
w:hij|interpreteren|1.19
w:hij|ondervragen|1.68
w:hij|afleiden|-1.06
w:hij|afronding-aankondigen|-1.0
w:hij|vervolgafspraak|-2.82
w:hij|bedanken|-0.99
w:hm|gevoelsreflectie|-1.99
w:hm|aanmoediging|1.99
w:hmhm|aanmoediging|0.91
w:hoe|ik-boodschap|1.77
w:hoe|jij-boodschap|-0.52
w:hoe|parafrase|-1.81
w:hoe|gevoelsreflectie|-3.06
w:hoe|samenvatting|0.77
w:hoe|open-vraag|1.85
w:hoe|aanmoediging|-0.99
w:hoe|argumenteren|-0.82
w:hoe|bekritiseren|-0.8
w:hoe|geruststellen|-0.87
w:hoe|ondervragen|-1.64
w:hoe|vervolgafspraak|0.87
w:hoe|bedanken|-0.83
w:hoeft|moraliseren|-0.94
w:hoeft|bekritiseren|-0.61
w:hoeft|geruststellen|2.69
w:hoeft|afleiden|1.8
w:hoezo|ondervragen|0.98
w:hoi|jij-boodschap|-0.92
w:hoi|bevelen|-1.79
w:hoi|waarschuwen|-0.83
w:hoi|bekritiseren|-0.75
w:hond|afleiden|0.98
w:hoofd|open-vraag|0.97
w:hoofd|bekritiseren|0.54
w:hoog|interpreteren|0.99
w:hoogte|ik-boodschap|-0.78
w:hoogte|samenvatting|0.78
w:hoogte|moraliseren|1.93
w:hoogte|interpreteren|-0.99
w:hoogte|ondervragen|0.98
w:hoogte|bedanken|1.0
w:hoor|ik-boodschap|0.89
w:hoor|parafrase|1.0
w:hoor|gevoelsreflectie|0.93
w:hoor|samenvatting|-1.0
w:hoor|open-vraag|-1.89
w:hoor|aanmoediging|1.98
w:hoor|bevelen|-1.62
w:hoor|waarschuwen|-0.97
w:hoor|argumenteren|0.9
w:hoor|etiketteren|1.0
w:hoor|geruststellen|1.05
w:hoor|ondervragen|0.92
w:hoor|afleiden|-0.95
w:hoor|vervolgafspraak|-0.92
w:hoor|bedanken|-0.99
w:hoort|gevoelsreflectie|-0.96
w:hoort|bevelen|-0.57
w:hoort|waarschuwen|-0.14
w:hoort|moraliseren|5.78
w:hoort|argumenteren|-3.64
w:hoort|bekritiseren|-1.75
w:hoort|interpreteren|-0.96
w:hoort|geruststellen|-0.97
w:hoort|afleiden|0.9
w:horen|parafrase|0.9
w:horen|samenvatting|-0.16
w:horen|bevelen|-0.97
w:horen|moraliseren|0.99
w:horen|adviseren|0.87
w:horen|argumenteren|-0.89
w:horen|bekritiseren|-2.74
w:horen|etiketteren|-0.96
w:horen|interpreteren|-0.99
w:horen|vervolgafspraak|0.92
w:horen|bedanken|1.0
w:hou|ik-boodschap|-1.0
w:hou|bevelen|1.84
w:hou|etiketteren|-1.0
w:hou|afleiden|-0.99
w:houd|ik-boodschap|-0.78
w:houd|samenvatting|0.78
w:houd|open-vraag|-0.99
w:houd|bedanken|1.0
w:houden|aanmoediging|-0.92
w:houden|bevelen|0.99
w:houden|waarschuwen|0.99
w:houden|moraliseren|0.95
w:houden|prijzen|-0.98
w:houden|afronding-aankondigen|0.95
w:houden|bedanken|0.84
w:houding|bekritiseren|0.99
w:houding|geruststellen|-0.94
w:houdt|jij-boodschap|-0.95
w:houdt|waarschuwen|-0.98
w:houdt|adviseren|-0.99
w:houdt|prijzen|-0.98
w:houdt|geruststellen|0.81
w:huilend|ik-boodschap|-0.89
w:huis|samenvatting|-0.99
w:huis|open-vraag|-0.96
w:huis|bevelen|1.0
w:huis|waarschuwen|-1.0
w:huis|adviseren|0.95
w:huis|afleiden|0.96
w:huisarts|ik-boodschap|0.91
w:huisarts|samenvatting|0.9
w:huisarts|adviseren|1.8
w:huisarts|afleiden|-0.94
w:huisarts|vervolgafspraak|0.9
w:huiswek|bedanken|-1.0
w:huiswerk|ik-boodschap|0.9
w:huiswerk|gevoelsreflectie|-1.99
w:huiswerk|samenvatting|1.9
w:huiswerk|aanmoediging|-0.98
w:huiswerk|waarschuwen|0.85
w:huiswerk|moraliseren|-0.15
w:huiswerk|adviseren|2.08
w:huiswerk|argumenteren|-0.98
w:huiswerk|bekritiseren|0.15
w:huiswerk|etiketteren|-1.99
w:huiswerk|geruststellen|-0.97
w:huiswerk|ondervragen|1.07
w:huiswerk|vervolgafspraak|0.75
w:huiswerk|bedanken|0.7
w:huiswerkinstituut|ondervragen|-0.97
w:huiswerkinstituut|afleiden|-0.97
w:huiswerkklas|parafrase|-0.91
w:huiswerkklas|samenvatting|0.91
w:huiswerkopdracht|ik-boodschap|0.94
w:huiswerkopdracht|jij-boodschap|-0.94
w:huiswerkopdracht|bekritiseren|-0.94
w:huiswerkritme|geruststellen|-0.87
w:huiswerktijd|ik-boodschap|0.78
w:huiswerktijd|adviseren|0.87
w:huiswerktijd|vervolgafspraak|0.92
w:huiswerkuur|adviseren|0.84
w:huiswerkuur|ondervragen|-0.84
w:hulp|gevoelsreflectie|0.97
w:hulp|adviseren|0.97
w:hulp|prijzen|1.0
w:hun|ik-boodschap|0.95
w:hun|bevelen|-0.97
w:hun|waarschuwen|-0.9
w:hun|interpreteren|-0.98
w:hysterisch|bevelen|1.79
w:hè|ik-boodschap|-0.98
w:hè|gevoelsreflectie|0.99
w:hè|etiketteren|-0.83
w:hé|geruststellen|0.99
w:idee|jij-boodschap|-0.53
w:idee|parafrase|1.0
w:idee|gevoelsreflectie|-0.94
w:idee|open-vraag|-1.0
w:idee|waarschuwen|-0.98
w:idee|adviseren|1.0
w:idee|argumenteren|-1.0
w:idee|bekritiseren|-0.68
w:ideeen|parafrase|-0.89
w:ideeen|bekritiseren|-0.95
w:iedereen|jij-boodschap|0.92
w:iedereen|samenvatting|-0.92
w:iedereen|moraliseren|0.95
w:iedereen|argumenteren|0.9
w:iedereen|bekritiseren|-0.66
w:iedereen|prijzen|-0.9
w:iedereen|etiketteren|-0.93
w:iedereen|geruststellen|-0.72
w:iedereen|afleiden|1.74
w:iedereen|afronding-aankondigen|-0.98
w:iemand|jij-boodschap|-1.8
w:iemand|bevelen|-0.57
w:iemand|waarschuwen|-0.99
w:iemand|moraliseren|1.88
w:iemand|bekritiseren|-1.45
w:iemand|afronding-aankondigen|-0.93
w:iets|samenvatting|-0.97
w:iets|open-vraag|-1.0
w:iets|bevelen|-1.0
w:iets|bekritiseren|1.79
w:iets|etiketteren|-0.98
w:iets|geruststellen|-1.0
w:iets|afronding-aankondigen|-1.98
w:iets|vervolgafspraak|0.95
w:ik|ik-boodschap|1.94
w:ik|jij-boodschap|-0.79
w:ik|gevoelsreflectie|-0.69
w:ik|samenvatting|-1.2
w:ik|open-vraag|-1.84
w:ik|bevelen|-1.74
w:ik|waarschuwen|-0.19
w:ik|moraliseren|-1.93
w:ik|argumenteren|-2.02
w:ik|bekritiseren|-1.27
w:ik|prijzen|-1.08
w:ik|etiketteren|-1.71
w:ik|interpreteren|0.78
w:ik|geruststellen|-1.8
w:ik|ondervragen|0.92
w:ik|afleiden|-1.7
w:ik|afronding-aankondigen|0.93
w:ik|vervolgafspraak|-0.79
w:ik|bedanken|-0.95
w:ilse|ik-boodschap|0.99
w:imponeren|waarschuwen|-0.97
w:imponeren|moraliseren|-0.97
w:imponeren|ondervragen|-0.97
w:in|ik-boodschap|0.84
w:in|jij-boodschap|2.5
w:in|parafrase|-0.97
w:in|gevoelsreflectie|-1.99
w:in|samenvatting|-0.68
w:in|open-vraag|0.92
w:in|aanmoediging|-0.99
w:in|bevelen|-0.6
w:in|waarschuwen|0.97
w:in|moraliseren|0.9
w:in|adviseren|-0.28
w:in|bekritiseren|0.85
w:in|etiketteren|-2.0
w:in|interpreteren|-1.93
w:in|geruststellen|0.91
w:in|ondervragen|-0.84
w:in|afleiden|0.63
w:in|afronding-aankondigen|0.83
w:in|bedanken|-1.99
w:incident|afleiden|0.93
w:informatie|parafrase|-0.99
w:ingeleverd|ik-boodschap|0.93
w:ingeleverd|jij-boodschap|-1.93
w:ingeleverd|open-vraag|-0.93
w:ingeleverd|waarschuwen|-1.0
w:ingeleverd|bekritiseren|-1.93
w:ingeleverd|interpreteren|-0.78
w:ingeleverd|afleiden|-0.71
w:ingelevert|ik-boodschap|0.94
w:ingelevert|jij-boodschap|-0.94
w:ingelevert|bekritiseren|-0.94
w:ingelicht|parafrase|0.99
w:ingelicht|gevoelsreflectie|0.89
w:ingelicht|waarschuwen|-0.91
w:ingrijpen|waarschuwen|-0.91
w:inhalen|ik-boodschap|0.84
w:inhalen|prijzen|1.0
w:inleveren|waarschuwen|-0.86
w:inlevert|waarschuwen|1.89
w:inlevert|argumenteren|-0.94
w:inplannen|vervolgafspraak|0.98
w:interesse|jij-boodschap|1.78
w:interesse|bekritiseren|1.24
w:invallers|bekritiseren|0.62
w:inzet|bekritiseren|2.33
w:inzet|bedanken|-1.59
w:irriteert|parafrase|-0.99
w:is|ik-boodschap|-0.35
w:is|jij-boodschap|0.22
w:is|parafrase|-0.94
w:is|gevoelsreflectie|-1.79
w:is|samenvatting|0.68
w:is|open-vraag|-0.89
w:is|aanmoediging|-1.99
w:is|bevelen|-1.27
w:is|waarschuwen|-2.99
w:is|moraliseren|-1.87
w:is|adviseren|-1.01
w:is|argumenteren|2.49
w:is|bekritiseren|-1.38
w:is|prijzen|-2.0
w:is|etiketteren|-0.42
w:is|interpreteren|-0.17
w:is|geruststellen|-1.19
w:is|ondervragen|-1.79
w:is|afleiden|-0.87
w:is|afronding-aankondigen|-0.99
w:is|vervolgafspraak|-1.03
w:is|bedanken|-2.0
w:ja|gevoelsreflectie|-1.0
w:ja|samenvatting|-1.0
w:ja|open-vraag|-1.0
w:ja|aanmoediging|0.98
w:ja|bekritiseren|-0.63
w:ja|etiketteren|0.93
w:ja|ondervragen|-1.0
w:ja|afleiden|0.94
w:jaar|ik-boodschap|-0.95
w:jaar|parafrase|0.98
w:jaar|samenvatting|-0.98
w:jaar|waarschuwen|0.97
w:jaar|adviseren|-0.98
w:jaar|argumenteren|-0.86
w:jaar|bekritiseren|-0.98
w:jaar|prijzen|-0.97
w:jaar|afleiden|-0.98
w:jaarplanning|argumenteren|1.0
w:jaloers|jij-boodschap|-0.96
w:jaloers|interpreteren|0.96
w:jammer|ik-boodschap|2.74
w:jammer|adviseren|0.87
w:jammer|afronding-aankondigen|0.17
w:jammer|vervolgafspraak|0.84
w:jansen|bekritiseren|-1.52
w:januari|samenvatting|-1.0
w:januari|argumenteren|-0.91
w:jara|bekritiseren|-0.97
w:jayden|jij-boodschap|-0.95
w:jayden|parafrase|-0.93
w:jayden|gevoelsreflectie|0.95
w:jayden|samenvatting|0.93
w:jayden|bevelen|0.7
w:jayden|bekritiseren|-0.95
w:je|ik-boodschap|0.72
w:je|jij-boodschap|-0.42
w:je|parafrase|-2.65
w:je|gevoelsreflectie|-2.76
w:je|open-vraag|-1.93
w:je|aanmoediging|-1.77
w:je|bevelen|-1.28
w:je|moraliseren|0.75
w:je|argumenteren|-1.98
w:je|bekritiseren|-1.61
w:je|prijzen|-0.18
w:je|etiketteren|-1.59
w:je|geruststellen|0.55
w:je|ondervragen|-0.15
w:je|afleiden|-0.98
w:je|vervolgafspraak|-3.64
w:je|bedanken|1.45
w:jesse|ik-boodschap|0.97
w:jesse|parafrase|0.93
w:jesse|samenvatting|-0.84
w:jesse|bevelen|0.17
w:jesse|waarschuwen|-0.99
w:jesse|bekritiseren|-0.82
w:jesse|prijzen|-1.96
w:jesse|ondervragen|-1.0
w:jezelf|ik-boodschap|0.93
w:jezelf|open-vraag|-1.0
w:jezelf|interpreteren|-1.0
w:jij|ik-boodschap|0.9
w:jij|jij-boodschap|1.86
w:jij|parafrase|-0.91
w:jij|gevoelsreflectie|0.99
w:jij|samenvatting|-0.96
w:jij|waarschuwen|-1.64
w:jij|adviseren|-1.93
w:jij|argumenteren|-1.0
w:jij|bekritiseren|0.42
w:jij|prijzen|0.96
w:jij|etiketteren|0.12
w:jij|interpreteren|-1.79
w:jij|geruststellen|-0.15
w:jij|ondervragen|-0.86
w:jij|afleiden|-2.93
w:jij|vervolgafspraak|0.99
w:joep|jij-boodschap|1.77
w:joep|bekritiseren|1.77
w:joh|gevoelsreflectie|0.98
w:joh|bekritiseren|-0.61
w:joh|geruststellen|0.9
w:joh|afleiden|0.73
w:jongen|waarschuwen|-0.82
w:jongen|bekritiseren|-1.7
w:jongen|prijzen|0.9
w:jongen|etiketteren|0.18
w:jou|ik-boodschap|1.03
w:jou|jij-boodschap|0.92
w:jou|parafrase|-0.86
w:jou|gevoelsreflectie|0.94
w:jou|samenvatting|-0.92
w:jou|bevelen|-0.99
w:jou|adviseren|-0.94
w:jou|bekritiseren|1.06
w:jou|etiketteren|-0.94
w:jouw|adviseren|0.99
w:juf|parafrase|1.0
w:juf|argumenteren|-1.0
w:julian|jij-boodschap|-0.97
w:julian|bekritiseren|-0.39
w:jullie|ik-boodschap|0.92
w:jullie|jij-boodschap|0.71
w:jullie|gevoelsreflectie|-1.94
w:jullie|waarschuwen|-1.8
w:jullie|adviseren|-0.81
w:jullie|argumenteren|-1.95
w:jullie|bekritiseren|1.13
w:jullie|etiketteren|-1.0
w:jullie|interpreteren|0.99
w:jullie|afleiden|-0.99
w:jullie|vervolgafspraak|-0.96
w:kader|adviseren|-0.96
w:kamer|ik-boodschap|0.98
w:kamer|bekritiseren|-0.8
w:kamer|ondervragen|-0.15
w:kamer|vervolgafspraak|-0.9
w:kamp|gevoelsreflectie|0.99
w:kamp|waarschuwen|0.93
w:kamp|moraliseren|-0.98
w:kamp|interpreteren|-0.98
w:kamp|afleiden|0.93
w:kampweek|parafrase|-0.93
w:kampweek|samenvatting|0.93
w:kan|ik-boodschap|3.82
w:kan|jij-boodschap|-1.0
w:kan|parafrase|-0.98
w:kan|gevoelsreflectie|0.98
w:kan|samenvatting|-1.98
w:kan|open-vraag|-0.96
w:kan|bevelen|-0.82
w:kan|waarschuwen|0.88
w:kan|moraliseren|-0.76
w:kan|adviseren|1.15
w:kan|bekritiseren|-3.09
w:kan|prijzen|0.9
w:kan|etiketteren|-0.99
w:kan|interpreteren|-1.0
w:kan|geruststellen|-0.87
w:kan|ondervragen|-1.77
w:kans|ik-boodschap|0.89
w:kans|parafrase|0.99
w:kans|samenvatting|0.99
w:kans|bevelen|0.96
w:kantine|adviseren|-0.98
w:keer|ik-boodschap|-2.67
w:keer|gevoelsreflectie|-0.86
w:keer|samenvatting|-1.05
w:keer|open-vraag|-0.99
w:keer|bevelen|0.6
w:keer|waarschuwen|1.82
w:keer|adviseren|-0.99
w:keer|bekritiseren|0.91
w:keer|prijzen|-0.99
w:keer|etiketteren|-0.93
w:keer|geruststellen|-0.98
w:keer|vervolgafspraak|1.83
w:keer|bedanken|0.94
w:keertje|gevoelsreflectie|-0.93
w:kern|bevelen|-0.94
w:keuken|adviseren|0.99
w:keulen|afronding-aankondigen|-0.93
w:keuze|parafrase|-0.96
w:keuze|bekritiseren|1.0
w:keuzevak|parafrase|-0.94
w:keuzevak|open-vraag|-0.94
w:kevin|bevelen|1.0
w:kevin|bekritiseren|0.94
w:kevin|etiketteren|-1.55
w:kevin|geruststellen|-0.99
w:kijk|ik-boodschap|1.08
w:kijk|jij-boodschap|-0.98
w:kijk|bevelen|0.99
w:kijk|waarschuwen|-0.99
w:kijk|adviseren|-1.0
w:kijk|argumenteren|1.94
w:kijk|bekritiseren|-0.98
w:kijk|prijzen|-1.0
w:kijk|etiketteren|-0.99
w:kijk|vervolgafspraak|-0.82
w:kijk|bedanken|-0.97
w:kijken|ik-boodschap|-0.99
w:kijken|jij-boodschap|-0.82
w:kijken|parafrase|-0.91
w:kijken|samenvatting|0.16
w:kijken|adviseren|-0.99
w:kijken|vervolgafspraak|0.91
w:kijken|bedanken|-1.0
w:kijkt|jij-boodschap|-0.95
w:kijkt|gevoelsreflectie|2.77
w:kijkt|bekritiseren|-0.95
w:kim|ik-boodschap|-0.89
w:kim|open-vraag|1.0
w:kind|ik-boodschap|-0.93
w:kind|bevelen|-0.97
w:kind|moraliseren|1.95
w:kind|adviseren|-0.93
w:kind|bekritiseren|-0.74
w:kinderachtig|etiketteren|1.0
w:kinderen|jij-boodschap|-0.96
w:kinderen|geruststellen|0.94
w:klaar|gevoelsreflectie|-0.94
w:klaar|bevelen|1.0
w:klaar|moraliseren|-1.0
w:klaar|prijzen|-1.0
w:klaar|etiketteren|-1.0
w:klaar|geruststellen|-0.97
w:klaar|vervolgafspraak|-1.0
w:klacht|bekritiseren|0.97
w:klas|ik-boodschap|1.8
w:klas|jij-boodschap|-3.07
w:klas|parafrase|1.8
w:klas|gevoelsreflectie|-0.98
w:klas|samenvatting|0.1
w:klas|open-vraag|-0.98
w:klas|bevelen|0.93
w:klas|moraliseren|-0.94
w:klas|adviseren|-0.97
w:klas|argumenteren|0.85
w:klas|bekritiseren|-1.18
w:klas|prijzen|0.97
w:klas|etiketteren|-0.51
w:klas|interpreteren|-0.82
w:klas|ondervragen|-0.98
w:klas|afleiden|-0.96
w:klas|afronding-aankondigen|-1.93
w:klas|vervolgafspraak|-0.99
w:klasgenoot|ik-boodschap|0.94
w:klasgenoten|moraliseren|0.94
w:kleedkamer|ik-boodschap|-0.94
w:kleedkamer|bevelen|-1.0
w:klein|etiketteren|-0.38
w:kleuter|jij-boodschap|1.68
w:kleuter|etiketteren|1.31
w:kleuterachtig|bekritiseren|-0.1
w:kleuterachtig|etiketteren|1.61
w:klieren|bekritiseren|1.0
w:klieren|interpreteren|-1.0
w:klinkt|jij-boodschap|-0.35
w:klinkt|gevoelsreflectie|2.94
w:klinkt|samenvatting|-0.98
w:klinkt|open-vraag|-0.97
w:klinkt|aanmoediging|-0.99
w:klinkt|moraliseren|-0.98
w:klinkt|adviseren|-1.0
w:klinkt|bekritiseren|-0.98
w:klinkt|geruststellen|-0.97
w:klinkt|afleiden|-0.98
w:klopt|ik-boodschap|-0.93
w:klopt|parafrase|-1.0
w:klopt|samenvatting|0.94
w:klopt|argumenteren|2.94
w:klopt|bekritiseren|-0.93
w:klopt|prijzen|-1.0
w:klopt|geruststellen|-0.92
w:klopt|ondervragen|-1.0
w:klopt|afleiden|-0.93
w:klopt|vervolgafspraak|-1.0
w:kluisjes|ik-boodschap|0.97
w:knap|gevoelsreflectie|-0.98
w:knap|bekritiseren|-0.9
w:knap|prijzen|0.98
w:knap|geruststellen|-0.87
w:koelkast|waarschuwen|-0.93
w:koffie|argumenteren|-1.0
w:kom|ik-boodschap|0.92
w:kom|argumenteren|0.98
w:kom|bekritiseren|-0.24
w:komen|samenvatting|-0.99
w:komen|adviseren|0.98
w:komen|etiketteren|-0.94
w:komen|geruststellen|-0.98
w:komen|ondervragen|-0.98
w:komen|afronding-aankondigen|-0.81
w:komen|vervolgafspraak|-0.99
w:komen|bedanken|-1.36
w:komst|samenvatting|0.92
w:komst|vervolgafspraak|-0.97
w:komst|bedanken|1.6
w:komt|jij-boodschap|2.93
w:komt|parafrase|-2.84
w:komt|samenvatting|-1.77
w:komt|bevelen|-3.56
w:komt|waarschuwen|-0.83
w:komt|adviseren|-0.97
w:komt|argumenteren|-1.91
w:komt|bekritiseren|1.95
w:komt|prijzen|0.99
w:komt|interpreteren|1.9
w:komt|geruststellen|2.96
w:komt|ondervragen|-0.95
w:komt|afleiden|-0.95
w:komt|vervolgafspraak|-2.69
w:kon|ik-boodschap|-0.21
w:kon|jij-boodschap|-0.91
w:kon|gevoelsreflectie|-0.86
w:kon|samenvatting|-0.95
w:kon|open-vraag|0.93
w:kon|adviseren|0.87
w:kopje|argumenteren|-1.0
w:kort|parafrase|-0.99
w:kort|samenvatting|0.93
w:kortom|ik-boodschap|-0.88
w:kortom|jij-boodschap|1.91
w:kortom|gevoelsreflectie|-1.95
w:kortom|samenvatting|1.94
w:kortom|aanmoediging|-0.98
w:kortom|bevelen|-0.98
w:kortom|adviseren|-0.98
w:kortom|bekritiseren|1.97
w:kortom|afronding-aankondigen|0.95
w:kost|ik-boodschap|0.99
w:kost|bedanken|0.7
w:kosten|waarschuwen|0.97
w:kreeg|bedanken|-0.83
w:krijg|open-vraag|-0.99
w:krijg|waarschuwen|0.97
w:krijg|moraliseren|-0.97
w:krijg|argumenteren|-0.94
w:krijgen|parafrase|-0.89
w:krijgen|adviseren|-0.7
w:krijgen|bekritiseren|-0.95
w:krijgt|parafrase|1.92
w:krijgt|samenvatting|2.09
w:krijgt|open-vraag|-0.99
w:krijgt|argumenteren|1.77
w:krijgt|prijzen|0.98
w:krijgt|afronding-aankondigen|0.95
w:krijgt|vervolgafspraak|1.0
w:krijgt|bedanken|0.84
w:kringetjes|afronding-aankondigen|0.87
w:kritiek|jij-boodschap|1.43
w:kritiek|bekritiseren|1.67
w:kun|ik-boodschap|0.94
w:kun|gevoelsreflectie|-0.99
w:kun|bevelen|-0.92
w:kun|prijzen|1.0
w:kunnen|jij-boodschap|-1.0
w:kunnen|parafrase|0.99
w:kunnen|gevoelsreflectie|0.98
w:kunnen|open-vraag|0.92
w:kunnen|waarschuwen|-0.9
w:kunnen|adviseren|0.97
w:kunnen|prijzen|1.07
w:kunnen|interpreteren|-1.0
w:kunnen|ondervragen|-1.0
w:kunnen|afleiden|-1.0
w:kunnen|afronding-aankondigen|-1.0
w:kunnen|vervolgafspraak|-0.9
w:kunt|ik-boodschap|0.69
w:kunt|gevoelsreflectie|-1.0
w:kunt|moraliseren|-0.92
w:kunt|adviseren|2.71
w:kunt|prijzen|1.89
w:kunt|etiketteren|-0.92
w:kunt|afleiden|-0.97
w:kunt|vervolgafspraak|0.92
w:kunt|bedanken|-1.0
w:kwaad|interpreteren|1.0
w:kwaad|geruststellen|-0.94
w:kwam|open-vraag|-1.0
w:kwam|bekritiseren|-0.99
w:kwam|ondervragen|1.0
w:kwam|afleiden|-0.99
w:kwart|vervolgafspraak|-0.92
w:kwartaal|bekritiseren|-0.83
w:kwartier|bedanken|-1.0
w:kwestie|moraliseren|-0.98
w:kwetst|ik-boodschap|0.88
w:kwijtraken|interpreteren|-0.98
w:laag|parafrase|0.92
w:laag|argumenteren|0.92
w:laars|jij-boodschap|0.97
w:laars|bekritiseren|0.82
w:laat|jij-boodschap|-0.98
w:laat|parafrase|-0.93
w:laat|gevoelsreflectie|-0.95
w:laat|samenvatting|0.84
w:laat|open-vraag|-1.92
w:laat|aanmoediging|-1.0
w:laat|bevelen|0.16
w:laat|waarschuwen|1.71
w:laat|adviseren|-1.84
w:laat|argumenteren|1.05
w:laat|bekritiseren|-1.49
w:laat|etiketteren|-0.99
w:laat|interpreteren|-0.91
w:laat|geruststellen|-0.92
w:laat|ondervragen|0.87
w:laat|afleiden|-1.91
w:laat|bedanken|-0.97
w:laatste|ik-boodschap|-0.14
w:laatste|open-vraag|1.0
w:laatste|bekritiseren|-0.9
w:laatste|geruststellen|0.93
w:laatste|afronding-aankondigen|-0.99
w:lage|samenvatting|0.93
w:lang|adviseren|-0.94
w:lang|bekritiseren|1.42
w:langskomen|bevelen|-0.89
w:langst|moraliseren|0.94
w:lapt|jij-boodschap|0.97
w:lapt|bekritiseren|0.82
w:laptop|ik-boodschap|1.93
w:laptop|parafrase|-1.0
w:laptop|adviseren|0.93
w:laptop|bekritiseren|-0.48
w:laptop|vervolgafspraak|-0.92
w:lastig|jij-boodschap|-0.98
w:lastig|gevoelsreflectie|-0.76
w:lastig|open-vraag|1.0
w:lastig|argumenteren|-0.94
w:lastig|bekritiseren|0.51
w:lastig|vervolgafspraak|-0.82
w:lastige|argumenteren|-0.98
w:lastige|afronding-aankondigen|-0.98
w:lat|interpreteren|0.99
w:laten|jij-boodschap|0.77
w:laten|samenvatting|-1.93
w:laten|bevelen|-1.0
w:laten|moraliseren|-0.99
w:laten|adviseren|0.38
w:laten|bekritiseren|1.43
w:laten|prijzen|1.0
w:laten|geruststellen|-1.0
w:laten|afleiden|1.06
w:laten|afronding-aankondigen|2.82
w:laten|vervolgafspraak|-0.1
w:laten|bedanken|-1.59
w:later|open-vraag|-0.9
w:later|argumenteren|-0.86
w:later|afleiden|0.9
w:leeftijd|bekritiseren|-0.99
w:leeftijd|geruststellen|-0.99
w:leeftijd|afleiden|0.99
w:leek|jij-boodschap|0.97
w:leek|bekritiseren|0.82
w:leerling|waarschuwen|-0.12
w:leerling|moraliseren|1.92
w:leerling|adviseren|-1.0
w:leerling|prijzen|-1.0
w:leerling|geruststellen|-0.98
w:leerlingen|parafrase|-1.0
w:leerlingen|open-vraag|-0.97
w:leerlingen|argumenteren|1.0
w:leerlingen|bekritiseren|-0.48
w:leerlingen|etiketteren|-0.97
w:leerlingen|geruststellen|-0.94
w:leerplichtambtenaar|ik-boodschap|-0.93
w:leert|argumenteren|0.99
w:leerweg|adviseren|-0.96
w:leg|bevelen|0.83
w:leggen|ik-boodschap|0.98
w:leggen|bevelen|0.96
w:leggen|adviseren|1.92
w:leggen|bekritiseren|-0.8
w:legt|open-vraag|0.97
w:legt|interpreteren|0.99
w:lekker|ik-boodschap|1.0
w:lekker|bekritiseren|1.78
w:lekker|etiketteren|-0.66
w:leraar|moraliseren|0.86
w:leraren|ik-boodschap|-0.95
w:leren|open-vraag|0.94
w:leren|bevelen|-0.95
w:leren|moraliseren|0.97
w:leren|bekritiseren|0.95
w:leren|etiketteren|0.99
w:leren|vervolgafspraak|-1.0
w:les|ik-boodschap|-0.73
w:les|jij-boodschap|-0.64
w:les|samenvatting|-0.99
w:les|waarschuwen|0.9
w:les|argumenteren|-0.97
w:les|bekritiseren|1.56
w:lessen|ik-boodschap|0.99
w:lessen|argumenteren|0.69
w:lessen|bekritiseren|0.71
w:let|ik-boodschap|-0.96
w:let|jij-boodschap|0.97
w:let|parafrase|-0.98
w:let|aanmoediging|-0.81
w:let|bevelen|-0.75
w:let|waarschuwen|0.95
w:let|bekritiseren|0.46
w:let|geruststellen|0.98
w:letten|bekritiseren|-0.53
w:leuk|jij-boodschap|-0.92
w:leuk|bekritiseren|-0.75
w:leukers|jij-boodschap|-1.0
w:leukers|bevelen|-1.0
w:leukers|afronding-aankondigen|-1.0
w:leukste|etiketteren|-0.97
w:leven|bevelen|-0.95
w:lever|bevelen|1.76
w:lever|afleiden|-0.99
w:lezen|ik-boodschap|-0.99
w:lezen|jij-boodschap|0.98
w:lezen|parafrase|0.99
w:lezen|bekritiseren|0.98
w:lezen|geruststellen|0.92
w:lezen|afleiden|-0.92
w:lezen|bedanken|0.7
w:lichten|bevelen|-0.63
w:liegen|moraliseren|0.95
w:liegen|argumenteren|-0.83
w:liegt|bekritiseren|1.5
w:lieke|bevelen|-0.99
w:liet|gevoelsreflectie|0.91
w:liever|jij-boodschap|-0.98
w:liever|waarschuwen|-0.98
w:liever|geruststellen|-0.64
w:liever|afleiden|0.93
w:lig|jij-boodschap|1.77
w:lig|bekritiseren|1.77
w:liggen|samenvatting|-0.95
w:liggen|open-vraag|-0.93
w:liggen|moraliseren|0.98
w:liggen|bekritiseren|-0.61
w:liggen|etiketteren|-0.99
w:ligt|bevelen|0.95
w:ligt|geruststellen|0.97
w:lijdt|geruststellen|-0.83
w:lijkt|ik-boodschap|-0.73
w:lijkt|parafrase|-1.0
w:lijkt|geruststellen|1.05
w:lijkt|vervolgafspraak|-1.0
w:lina|ik-boodschap|0.99
w:lip|bekritiseren|0.95
w:logisch|moraliseren|-0.98
w:logisch|adviseren|-1.0
w:logisch|argumenteren|1.67
w:logisch|prijzen|-1.0
w:lokaal|ik-boodschap|0.91
w:lokaal|gevoelsreflectie|-1.0
w:lokaal|vervolgafspraak|1.0
w:loop|open-vraag|0.94
w:loop|argumenteren|-0.98
w:loopt|open-vraag|-0.97
w:los|adviseren|-0.65
w:los|bekritiseren|-0.25
w:los|interpreteren|0.91
w:loslaten|prijzen|0.94
w:lotte|ik-boodschap|0.96
w:lotte|vervolgafspraak|-0.92
w:lucas|waarschuwen|0.93
w:lui|gevoelsreflectie|-0.97
w:lui|adviseren|-0.99
w:lui|bekritiseren|1.87
w:lui|etiketteren|1.82
w:lui|geruststellen|0.84
w:luister|aanmoediging|1.97
w:luisteren|jij-boodschap|0.18
w:luisteren|afronding-aankondigen|0.98
w:luistert|jij-boodschap|0.18
w:luistert|gevoelsreflectie|-0.86
w:luistert|bekritiseren|1.72
w:luiwammes|jij-boodschap|1.0
w:luiwammes|geruststellen|-0.81
w:lukt|gevoelsreflectie|-1.97
w:lukt|samenvatting|0.96
w:lukt|bekritiseren|-1.59
w:lukt|prijzen|0.98
w:luuk|jij-boodschap|1.68
w:luuk|adviseren|-0.98
w:luuk|etiketteren|1.31
w:maak|parafrase|-1.0
w:maak|samenvatting|-0.99
w:maak|argumenteren|-0.98
w:maak|bekritiseren|-0.8
w:maak|interpreteren|-0.93
w:maak|geruststellen|-0.92
w:maak|afleiden|-0.85
w:maakt|ik-boodschap|-0.15
w:maakt|parafrase|-1.0
w:maakt|gevoelsreflectie|1.92
w:maakt|samenvatting|0.88
w:maakt|open-vraag|0.93
w:maakt|waarschuwen|-0.99
w:maakt|moraliseren|-0.16
w:maakt|adviseren|0.11
w:maakt|argumenteren|-1.0
w:maakt|bekritiseren|0.6
w:maakt|prijzen|-0.93
w:maakt|etiketteren|0.93
w:maakt|interpreteren|0.98
w:maakt|geruststellen|0.99
w:maakt|afleiden|-0.99
w:maakt|vervolgafspraak|1.64
w:maakte|open-vraag|0.98
w:maand|ik-boodschap|0.83
w:maand|samenvatting|1.0
w:maand|open-vraag|0.95
w:maand|afleiden|0.94
w:maand|afronding-aankondigen|-0.87
w:maand|vervolgafspraak|1.0
w:maandag|ik-boodschap|0.15
w:maandag|gevoelsreflectie|-1.0
w:maandag|adviseren|-0.96
w:maandag|vervolgafspraak|1.8
w:maandag|bedanken|-0.83
w:maanden|argumenteren|0.72
w:maanden|bekritiseren|-0.91
w:maandje|geruststellen|0.9
w:maar|ik-boodschap|-0.99
w:maar|jij-boodschap|1.41
w:maar|gevoelsreflectie|2.95
w:maar|open-vraag|-1.9
w:maar|aanmoediging|0.99
w:maar|bevelen|-1.03
w:maar|waarschuwen|-0.92
w:maar|moraliseren|0.98
w:maar|adviseren|0.72
w:maar|argumenteren|0.88
w:maar|bekritiseren|0.9
w:maar|prijzen|-1.88
w:maar|geruststellen|1.23
w:maar|ondervragen|0.1
w:maar|afleiden|2.81
w:maar|vervolgafspraak|-1.0
w:maart|samenvatting|0.9
w:maart|vervolgafspraak|0.9
w:machteloos|parafrase|0.87
w:machteloos|gevoelsreflectie|1.92
w:machteloos|aanmoediging|-0.99
w:mag|ik-boodschap|-0.98
w:mag|gevoelsreflectie|0.99
w:mag|aanmoediging|0.98
w:mag|bevelen|-0.89
w:mag|waarschuwen|0.93
w:mag|moraliseren|0.98
w:mag|adviseren|0.98
w:mag|prijzen|-0.91
w:mag|geruststellen|-0.98
w:mag|vervolgafspraak|-1.0
w:magister|ik-boodschap|0.93
w:magister|bevelen|-0.69
w:magister|adviseren|-0.99
w:magister|argumenteren|-0.93
w:magister|bekritiseren|0.76
w:magister|geruststellen|-0.92
w:mail|ik-boodschap|-0.83
w:mail|jij-boodschap|-0.96
w:mail|gevoelsreflectie|-1.74
w:mail|open-vraag|-0.98
w:mail|bevelen|-0.95
w:mail|adviseren|-0.96
w:mail|argumenteren|-0.94
w:mail|bekritiseren|1.11
w:mail|ondervragen|1.02
w:mail|vervolgafspraak|1.95
w:mail|bedanken|-0.9
w:mails|bekritiseren|1.57
w:mails|geruststellen|-0.91
w:maken|ik-boodschap|0.78
w:maken|gevoelsreflectie|-1.83
w:maken|open-vraag|0.93
w:maken|bevelen|-0.83
w:maken|waarschuwen|0.85
w:maken|adviseren|1.01
w:maken|prijzen|-0.9
w:maken|interpreteren|0.99
w:maken|geruststellen|-0.24
w:maken|afronding-aankondigen|0.99
w:maken|vervolgafspraak|0.86
w:maken|bedanken|0.9
w:makkelijk|jij-boodschap|0.86
w:makkelijk|bekritiseren|-1.59
w:makkelijk|prijzen|0.9
w:makkelijk|interpreteren|0.91
w:man|ik-boodschap|0.9
w:manier|parafrase|-0.89
w:manier|samenvatting|-0.91
w:manier|bekritiseren|-0.3
w:manier|interpreteren|-0.91
w:marit|geruststellen|-0.99
w:me|ik-boodschap|3.82
w:me|parafrase|-1.99
w:me|gevoelsreflectie|0.21
w:me|samenvatting|-2.8
w:me|open-vraag|-0.95
w:me|bevelen|0.95
w:me|waarschuwen|-0.99
w:me|adviseren|-0.94
w:me|argumenteren|-0.98
w:me|bekritiseren|1.18
w:me|interpreteren|-0.93
w:me|geruststellen|-1.75
w:me|afronding-aankondigen|0.87
w:me|vervolgafspraak|-1.91
w:me|bedanken|-0.51
w:medewerking|bekritiseren|0.91
w:medewerking|prijzen|0.93
w:medewerking|bedanken|-1.73
w:medicijnen|vervolgafspraak|0.96
w:mee|ik-boodschap|0.12
w:mee|jij-boodschap|1.9
w:mee|parafrase|0.87
w:mee|gevoelsreflectie|-1.59
w:mee|bevelen|0.1
w:mee|waarschuwen|0.93
w:mee|moraliseren|-1.0
w:mee|adviseren|-1.8
w:mee|bekritiseren|0.29
w:mee|prijzen|1.74
w:mee|etiketteren|-1.0
w:mee|interpreteren|0.21
w:mee|geruststellen|-0.24
w:mee|afronding-aankondigen|0.93
w:mee|vervolgafspraak|0.93
w:mee|bedanken|0.78
w:meedenken|adviseren|-0.96
w:meedenken|afronding-aankondigen|-1.0
w:meedenken|vervolgafspraak|0.96
w:meedenken|bedanken|1.0
w:meedenkend|waarschuwen|-0.81
w:meedoen|ik-boodschap|1.9
w:meedoen|open-vraag|0.92
w:meedoen|afronding-aankondigen|-0.98
w:meedoen|vervolgafspraak|-0.92
w:meer|ik-boodschap|0.16
w:meer|jij-boodschap|-0.97
w:meer|parafrase|-0.99
w:meer|samenvatting|1.07
w:meer|waarschuwen|1.0
w:meer|moraliseren|0.84
w:meer|bekritiseren|-1.84
w:meer|prijzen|0.94
w:meer|interpreteren|-0.31
w:meer|vervolgafspraak|-0.92
w:mees|ik-boodschap|-0.91
w:mees|open-vraag|-0.93
w:mees|geruststellen|-0.94
w:mei|argumenteren|0.86
w:mei|geruststellen|-0.94
w:meid|bekritiseren|-0.79
w:meid|prijzen|1.0
w:meid|ondervragen|-0.91
w:meld|waarschuwen|0.81
w:melden|waarschuwen|-0.83
w:melden|moraliseren|-1.0
w:melden|argumenteren|1.72
w:meldt|ik-boodschap|-0.96
w:meldt|bevelen|0.9
w:meneer|ik-boodschap|-0.97
w:meneer|aanmoediging|-0.93
w:meneer|bekritiseren|-1.99
w:meneer|prijzen|-0.91
w:meneer|etiketteren|0.93
w:meneer|geruststellen|1.0
w:mens|etiketteren|-0.94
w:mentor|ik-boodschap|-1.75
w:mentor|jij-boodschap|-0.77
w:mentor|samenvatting|0.78
w:mentor|adviseren|0.94
w:mentor|bekritiseren|-0.77
w:mentor|geruststellen|0.81
w:mentor|bedanken|1.0
w:mentoruur|open-vraag|-0.97
w:merk|ik-boodschap|-1.02
w:merk|gevoelsreflectie|1.61
w:merk|open-vraag|0.97
w:merk|aanmoediging|-0.87
w:merk|adviseren|0.87
w:merk|etiketteren|0.96
w:merk|interpreteren|-0.98
w:merk|geruststellen|-0.94
w:merk|afronding-aankondigen|0.87
w:merk|bedanken|0.99
w:merken|bekritiseren|1.0
w:merkt|ik-boodschap|0.83
w:merkt|samenvatting|0.98
w:merkt|open-vraag|0.87
w:merkt|ondervragen|-0.98
w:met|ik-boodschap|0.94
w:met|jij-boodschap|0.66
w:met|parafrase|0.91
w:met|samenvatting|1.79
w:met|open-vraag|-2.97
w:met|bevelen|-0.15
w:met|waarschuwen|-0.93
w:met|moraliseren|-0.73
w:met|argumenteren|-0.92
w:met|bekritiseren|1.7
w:met|prijzen|-0.13
w:met|etiketteren|-2.92
w:met|interpreteren|-1.86
w:met|geruststellen|-1.91
w:met|afleiden|-1.93
w:met|afronding-aankondigen|-1.1
w:met|vervolgafspraak|1.95
w:met|bedanken|-0.23
w:meteen|gevoelsreflectie|0.85
w:meteen|moraliseren|-0.99
w:meteen|adviseren|0.99
w:meteen|prijzen|1.0
w:meteen|interpreteren|-0.99
w:meteen|ondervragen|0.92
w:meteen|afronding-aankondigen|-0.95
w:mevrouw|bevelen|0.96
w:mevrouw|waarschuwen|-0.94
w:mevrouw|adviseren|-0.87
w:mevrouw|bekritiseren|-0.82
w:mevrouw|etiketteren|1.12
w:mevrouw|interpreteren|-0.96
w:middag|parafrase|0.98
w:middaglessen|samenvatting|-0.99
w:midden|samenvatting|-0.99
w:middernacht|moraliseren|0.99
w:middernacht|bekritiseren|0.5
w:mij|jij-boodschap|-0.45
w:mij|gevoelsreflectie|-0.14
w:mij|samenvatting|-1.97
w:mij|bevelen|1.0
w:mij|waarschuwen|0.81
w:mij|moraliseren|-0.95
w:mij|adviseren|-0.98
w:mij|bekritiseren|0.89
w:mij|prijzen|-0.93
w:mij|interpreteren|2.78
w:mij|ondervragen|0.92
w:mij|afronding-aankondigen|-0.93
w:mij|vervolgafspraak|1.95
w:mij|bedanken|-0.99
w:mijn|parafrase|0.99
w:mijn|samenvatting|0.18
w:mijn|open-vraag|-0.97
w:mijn|bevelen|1.31
w:mijn|moraliseren|0.86
w:mijn|adviseren|-0.98
w:mijn|bekritiseren|-2.48
w:mijn|geruststellen|-0.79
w:mijn|vervolgafspraak|-0.96
w:mijn|bedanken|-0.96
w:mila|open-vraag|0.92
w:mila|etiketteren|-0.97
w:milan|ik-boodschap|1.91
w:milan|jij-boodschap|-0.93
w:milan|waarschuwen|0.99
w:milan|argumenteren|-0.93
w:milan|bekritiseren|-0.93
w:minder|ik-boodschap|0.88
w:minder|open-vraag|-0.99
w:minder|geruststellen|0.98
w:minste|moraliseren|0.98
w:minuten|ik-boodschap|0.99
w:minuten|afronding-aankondigen|-0.95
w:minuten|vervolgafspraak|-0.96
w:minuten|bedanken|-0.96
w:mis|samenvatting|-0.99
w:mis|argumenteren|0.95
w:misschien|ik-boodschap|2.67
w:misschien|gevoelsreflectie|1.89
w:misschien|open-vraag|-1.0
w:misschien|bevelen|-0.92
w:misschien|adviseren|6.25
w:misschien|bekritiseren|-1.74
w:misschien|prijzen|-0.98
w:missen|moraliseren|0.98
w:missen|argumenteren|1.0
w:mist|ik-boodschap|0.89
w:mist|parafrase|-0.93
w:mist|samenvatting|0.97
w:mist|open-vraag|0.97
w:mist|waarschuwen|-0.91
w:mist|argumenteren|0.87
w:mist|vervolgafspraak|-0.92
w:mmm|gevoelsreflectie|-1.0
w:mmm|aanmoediging|1.0
w:mo|ik-boodschap|0.98
w:mo|waarschuwen|-0.83
w:moe|ik-boodschap|0.98
w:moe|gevoelsreflectie|0.97
w:moe|samenvatting|0.93
w:moe|open-vraag|-0.92
w:moe|moraliseren|-0.98
w:moe|adviseren|1.91
w:moe|argumenteren|0.98
w:moeder|jij-boodschap|-0.64
w:moeder|parafrase|0.9
w:moeder|bekritiseren|0.5
w:moeder|etiketteren|-0.92
w:moeder|ondervragen|-1.0
w:moeder|afleiden|-0.94
w:moeder|afronding-aankondigen|0.95
w:moeilijk|ik-boodschap|-0.72
w:moeilijk|open-vraag|1.96
w:moeilijk|waarschuwen|-0.91
w:moeilijk|adviseren|-0.65
w:moeilijk|argumenteren|0.94
w:moeilijk|interpreteren|0.91
w:moeilijk|bedanken|-0.83
w:moeite|bekritiseren|-1.68
w:moeite|bedanken|0.7
w:moest|parafrase|0.9
w:moet|ik-boodschap|0.93
w:moet|jij-boodschap|-1.78
w:moet|parafrase|-1.0
w:moet|gevoelsreflectie|1.91
w:moet|samenvatting|-0.95
w:moet|bevelen|0.5
w:moet|waarschuwen|1.02
w:moet|moraliseren|0.97
w:moet|adviseren|0.72
w:moet|bekritiseren|-1.8
w:moet|prijzen|-1.88
w:moet|etiketteren|-0.94
w:moet|interpreteren|-0.97
w:moet|vervolgafspraak|-1.95
w:moet|bedanken|-0.96
w:moeten|ik-boodschap|0.98
w:moeten|jij-boodschap|0.14
w:moeten|waarschuwen|-1.83
w:moeten|moraliseren|1.72
w:moeten|adviseren|-1.85
w:moeten|bekritiseren|0.19
w:moeten|etiketteren|-0.96
w:moeten|geruststellen|-0.99
w:moeten|afronding-aankondigen|0.99
w:moeten|vervolgafspraak|-0.99
w:moeten|bedanken|1.0
w:mogelijk|bekritiseren|1.0
w:mohammed|jij-boodschap|1.31
w:moment|adviseren|0.99
w:momentje|adviseren|-0.99
w:mond|ik-boodschap|-1.0
w:mond|bevelen|1.0
w:mond|etiketteren|-1.0
w:mooi|ik-boodschap|0.94
w:mooie|etiketteren|-0.68
w:mooie|afleiden|0.79
w:morgen|samenvatting|-0.78
w:morgen|bevelen|2.93
w:morgen|waarschuwen|0.14
w:morgen|argumenteren|-1.0
w:morgen|bekritiseren|-0.9
w:morgen|prijzen|-0.98
w:morgen|interpreteren|-0.97
w:morgen|geruststellen|-0.99
w:morgen|afronding-aankondigen|-1.0
w:morgen|vervolgafspraak|0.16
w:morgen|bedanken|-0.9
w:na|jij-boodschap|0.29
w:na|parafrase|0.95
w:na|moraliseren|-0.99
w:na|geruststellen|-0.99
w:na|afronding-aankondigen|0.95
w:na|vervolgafspraak|-0.79
w:na|bedanken|-0.99
w:naar|ik-boodschap|2.65
w:naar|jij-boodschap|0.2
w:naar|gevoelsreflectie|0.11
w:naar|open-vraag|0.94
w:naar|aanmoediging|-1.0
w:naar|bevelen|1.77
w:naar|waarschuwen|0.59
w:naar|moraliseren|-1.68
w:naar|adviseren|-0.91
w:naar|prijzen|-0.93
w:naar|etiketteren|-0.93
w:naar|interpreteren|0.73
w:naar|geruststellen|-1.0
w:naar|ondervragen|0.83
w:naar|afleiden|-0.81
w:naar|afronding-aankondigen|-0.93
w:naar|vervolgafspraak|-0.9
w:naar|bedanken|-0.97
w:naast|ik-boodschap|1.88
w:naast|jij-boodschap|-0.73
w:naast|bevelen|-1.0
w:naast|etiketteren|-1.0
w:naast|geruststellen|-0.9
w:naast|afronding-aankondigen|-0.93
w:nabespreking|adviseren|-0.87
w:nablijven|waarschuwen|0.85
w:nablijven|moraliseren|1.0
w:nachtrust|open-vraag|-0.93
w:nachts|jij-boodschap|0.95
w:nachts|adviseren|0.99
w:nachts|bekritiseren|0.48
w:nadenken|aanmoediging|0.98
w:namen|adviseren|0.96
w:natuurkunde|jij-boodschap|-0.98
w:natuurkunde|argumenteren|0.98
w:natuurkunde|bekritiseren|-0.98
w:natuurlijk|prijzen|1.0
w:nauwelijks|ik-boodschap|0.96
w:nauwelijks|jij-boodschap|1.78
w:nauwelijks|bekritiseren|1.24
w:nederlands|jij-boodschap|-0.91
w:nederlands|samenvatting|-0.98
w:nederlands|argumenteren|-0.84
w:nederlands|etiketteren|-0.58
w:nederlands|afleiden|-0.98
w:nederlands|vervolgafspraak|-0.92
w:nee|bevelen|1.0
w:nee|argumenteren|0.92
w:nee|bekritiseren|-0.61
w:neem|samenvatting|-0.99
w:neem|aanmoediging|0.98
w:neem|bevelen|-0.79
w:neem|adviseren|-0.99
w:neem|vervolgafspraak|1.0
w:neemt|moraliseren|-0.81
w:neemt|bekritiseren|-0.28
w:neemt|prijzen|-1.0
w:neemt|etiketteren|-1.0
w:neer|jij-boodschap|0.97
w:neer|samenvatting|-0.97
w:neer|bekritiseren|0.87
w:negatief|bekritiseren|1.05
w:negen|samenvatting|0.95
w:negen|bevelen|0.84
w:negen|waarschuwen|-0.99
w:negen|adviseren|0.93
w:negen|argumenteren|-0.31
w:negen|bedanken|0.84
w:nemen|ik-boodschap|0.88
w:nemen|gevoelsreflectie|-0.86
w:nemen|open-vraag|0.93
w:nemen|bevelen|-0.95
w:nemen|adviseren|0.99
w:nergens|jij-boodschap|0.99
w:nergens|samenvatting|-1.89
w:nergens|argumenteren|0.94
w:nergens|bekritiseren|2.73
w:nergens|etiketteren|-0.98
w:nergens|geruststellen|1.0
w:nerveus|bekritiseren|-0.91
w:nest|jij-boodschap|0.98
w:net|jij-boodschap|1.68
w:net|etiketteren|1.31
w:niemand|jij-boodschap|-0.97
w:niemand|parafrase|1.99
w:niemand|waarschuwen|-0.91
w:niemand|moraliseren|-0.99
w:niemand|geruststellen|0.86
w:niet|ik-boodschap|1.02
w:niet|jij-boodschap|-2.62
w:niet|parafrase|-1.85
w:niet|gevoelsreflectie|-1.01
w:niet|samenvatting|-0.97
w:niet|aanmoediging|-2.0
w:niet|bevelen|-1.74
w:niet|waarschuwen|1.58
w:niet|moraliseren|-0.73
w:niet|adviseren|-0.92
w:niet|argumenteren|1.06
w:niet|bekritiseren|0.24
w:niet|etiketteren|-0.93
w:niet|interpreteren|-2.9
w:niet|ondervragen|0.1
w:niet|afronding-aankondigen|-1.8
w:niet|vervolgafspraak|-2.24
w:niet|bedanken|-1.51
w:niets|ik-boodschap|1.0
w:niets|jij-boodschap|-1.96
w:niets|gevoelsreflectie|0.91
w:niets|adviseren|-1.0
w:niets|bekritiseren|0.86
w:niets|etiketteren|-1.0
w:niets|interpreteren|-1.0
w:niets|geruststellen|0.97
w:niets|ondervragen|-1.0
w:niets|afleiden|-1.0
w:niets|afronding-aankondigen|-0.13
w:niets|vervolgafspraak|-0.92
w:nieuw|ik-boodschap|-1.8
w:nieuw|afronding-aankondigen|0.94
w:nieuw|vervolgafspraak|1.8
w:nieuwe|open-vraag|-0.96
w:nieuwe|adviseren|-0.96
w:nieuwe|argumenteren|-0.99
w:nieuwe|afleiden|1.93
w:nieuwe|afronding-aankondigen|0.8
w:nieuwe|vervolgafspraak|0.96
w:nieuwsbrief|jij-boodschap|0.98
w:nieuwsbrief|bekritiseren|0.98
w:niks|ik-boodschap|0.18
w:niks|jij-boodschap|2.35
w:niks|samenvatting|-0.95
w:niks|argumenteren|0.91
w:niks|bekritiseren|0.57
w:niks|afleiden|1.68
w:noah|ik-boodschap|0.78
w:noah|samenvatting|-0.95
w:noah|vervolgafspraak|0.92
w:nodig|jij-boodschap|0.75
w:nodig|moraliseren|0.95
w:nodig|bekritiseren|-0.72
w:nodig|prijzen|1.0
w:noemt|ik-boodschap|0.88
w:nog|ik-boodschap|0.11
w:nog|jij-boodschap|0.45
w:nog|samenvatting|1.03
w:nog|waarschuwen|3.72
w:nog|adviseren|-0.99
w:nog|bekritiseren|-0.92
w:nog|etiketteren|-0.92
w:nog|interpreteren|1.79
w:nog|geruststellen|-0.87
w:nog|afleiden|-0.88
w:nog|afronding-aankondigen|-0.93
w:nog|vervolgafspraak|-0.94
w:nog|bedanken|0.32
w:nogal|bekritiseren|0.81
w:nooit|ik-boodschap|-0.95
w:nooit|jij-boodschap|0.98
w:nooit|gevoelsreflectie|-0.98
w:nooit|open-vraag|-0.98
w:nooit|bekritiseren|3.61
w:nooit|prijzen|-1.92
w:nooit|etiketteren|-1.0
w:nooit|ondervragen|0.87
w:nooit|afleiden|-0.99
w:noor|jij-boodschap|-0.73
w:noor|bevelen|-1.57
w:noor|bekritiseren|0.57
w:noor|prijzen|0.85
w:noor|etiketteren|-1.0
w:nooti|jij-boodschap|0.93
w:nooti|bekritiseren|1.69
w:normaal|moraliseren|1.78
w:normaal|bekritiseren|0.99
w:normaal|geruststellen|0.94
w:normering|parafrase|0.92
w:normering|argumenteren|0.92
w:nou|ik-boodschap|1.0
w:nou|jij-boodschap|-1.17
w:nou|waarschuwen|-0.99
w:nou|moraliseren|1.11
w:nou|argumenteren|-0.86
w:nou|bekritiseren|2.09
w:nou|etiketteren|0.88
w:nou|afleiden|0.2
w:nou|afronding-aankondigen|-0.95
w:nou|bedanken|-3.56
w:nu|ik-boodschap|1.82
w:nu|jij-boodschap|-1.69
w:nu|samenvatting|-0.91
w:nu|aanmoediging|-0.99
w:nu|bevelen|3.44
w:nu|moraliseren|-1.94
w:nu|adviseren|-0.98
w:nu|argumenteren|-0.99
w:nu|bekritiseren|-1.0
w:nu|prijzen|0.93
w:nu|interpreteren|-0.96
w:nu|geruststellen|-0.92
w:nu|ondervragen|1.0
w:nu|afleiden|0.95
w:nu|afronding-aankondigen|2.79
w:nu|vervolgafspraak|-0.96
w:nu|bedanken|-0.5
w:och|geruststellen|-0.95
w:och|afleiden|0.95
w:ochtend|ik-boodschap|0.98
w:ochtend|bekritiseren|-0.8
w:oefenen|waarschuwen|-0.95
w:oefeningen|gevoelsreflectie|-0.86
w:oefeningen|open-vraag|0.93
w:oefent|argumenteren|0.93
w:of|ik-boodschap|-0.98
w:of|parafrase|0.93
w:of|samenvatting|-0.84
w:of|adviseren|0.98
w:of|bekritiseren|0.91
w:ogen|bevelen|0.84
w:ok|afronding-aankondigen|0.99
w:ok|vervolgafspraak|-0.99
w:oké|parafrase|0.94
w:oké|aanmoediging|-0.92
w:om|ik-boodschap|-1.86
w:om|jij-boodschap|-2.82
w:om|parafrase|-1.87
w:om|gevoelsreflectie|-0.85
w:om|samenvatting|0.97
w:om|open-vraag|-0.85
w:om|bevelen|0.21
w:om|waarschuwen|-1.8
w:om|adviseren|2.15
w:om|argumenteren|-1.9
w:om|bekritiseren|-1.44
w:om|etiketteren|-0.97
w:om|interpreteren|1.88
w:om|geruststellen|-1.0
w:om|ondervragen|-1.8
w:om|afleiden|-1.0
w:om|vervolgafspraak|0.94
w:omdat|ik-boodschap|2.9
w:omdat|jij-boodschap|-1.95
w:omdat|parafrase|0.9
w:omdat|gevoelsreflectie|-1.0
w:omdat|bevelen|-0.94
w:omdat|moraliseren|-0.95
w:omdat|adviseren|-1.02
w:omdat|argumenteren|-0.92
w:omdat|bekritiseren|-0.96
w:omdat|prijzen|-0.97
w:omdat|etiketteren|-0.98
w:omdat|interpreteren|3.87
w:omdat|geruststellen|-0.89
w:omgaat|bekritiseren|0.99
w:onacceptabel|jij-boodschap|-0.96
w:onbeleefd|bekritiseren|-0.91
w:onbeschoft|bekritiseren|0.12
w:onbeschofte|argumenteren|-0.95
w:onbetrouwbare|bekritiseren|-1.7
w:onbetrouwbare|etiketteren|0.99
w:onder|waarschuwen|-0.98
w:onder|geruststellen|-0.83
w:onderbreekt|bekritiseren|0.98
w:onderbreken|afronding-aankondigen|0.98
w:onderbreken|bedanken|-0.51
w:onderschat|bekritiseren|0.4
w:ondersteboven|jij-boodschap|-0.41
w:onderzoek|argumenteren|1.95
w:oneerlijk|gevoelsreflectie|-0.91
w:oneerlijk|bekritiseren|0.91
w:ongeoorloofd|prijzen|-0.99
w:ongepast|bekritiseren|0.98
w:ongepaste|bekritiseren|0.99
w:ongerust|ik-boodschap|0.99
w:ongerust|gevoelsreflectie|0.98
w:ongerust|open-vraag|-0.96
w:ongerust|adviseren|-0.94
w:ongerust|geruststellen|1.91
w:ongestoord|adviseren|0.95
w:ongeïnteresseerd|bekritiseren|-0.76
w:onhandig|bekritiseren|0.93
w:online|parafrase|-0.93
w:online|samenvatting|0.93
w:online|bekritiseren|0.22
w:onredelijke|bekritiseren|0.96
w:onrustig|parafrase|-0.97
w:onrustig|samenvatting|-0.99
w:onrustig|geruststellen|-0.94
w:onrustige|open-vraag|-0.97
w:ons|gevoelsreflectie|-0.97
w:ons|bevelen|0.99
w:ons|argumenteren|0.95
w:ons|prijzen|-0.98
w:ontvangen|ondervragen|-0.75
w:ontzettend|jij-boodschap|2.78
w:ontzettend|bekritiseren|3.71
w:onverschillig|bekritiseren|0.81
w:onvoldoende|parafrase|-0.92
w:onvoldoende|samenvatting|-1.0
w:onvoldoende|moraliseren|-1.0
w:onvoldoende|argumenteren|0.77
w:onvoldoende|etiketteren|-0.93
w:onvoldoende|afleiden|2.66
w:onvoldoendes|ik-boodschap|0.84
w:onvoldoendes|argumenteren|0.85
w:onze|adviseren|-0.96
w:onze|vervolgafspraak|-0.76
w:onzeker|parafrase|-0.96
w:onzeker|gevoelsreflectie|0.76
w:onzeker|adviseren|-0.98
w:onzeker|etiketteren|-0.98
w:onzeker|vervolgafspraak|-0.92
w:onzin|bekritiseren|1.93
w:onzinnige|bekritiseren|0.97
w:onzinverhaal|bekritiseren|3.16
w:onzinverhaal|etiketteren|-0.78
w:oog|ik-boodschap|0.95
w:ooit|jij-boodschap|0.92
w:ooit|bekritiseren|1.72
w:ook|ik-boodschap|0.7
w:ook|jij-boodschap|0.72
w:ook|open-vraag|-0.95
w:ook|bevelen|-1.79
w:ook|waarschuwen|-0.83
w:ook|moraliseren|0.95
w:ook|adviseren|-0.87
w:ook|argumenteren|0.15
w:ook|bekritiseren|0.85
w:ook|prijzen|1.98
w:ook|etiketteren|-0.83
w:ook|geruststellen|-0.74
w:ook|ondervragen|0.98
w:ook|vervolgafspraak|2.79
w:oortjes|ik-boodschap|-0.95
w:oortjes|samenvatting|-0.81
w:op|ik-boodschap|-2.71
w:op|jij-boodschap|-1.0
w:op|parafrase|-2.76
w:op|samenvatting|2.62
w:op|aanmoediging|-0.81
w:op|bevelen|-0.1
w:op|moraliseren|0.23
w:op|bekritiseren|-0.48
w:op|prijzen|1.86
w:op|etiketteren|-1.89
w:op|geruststellen|0.14
w:op|ondervragen|0.78
w:op|afleiden|-0.93
w:op|afronding-aankondigen|-0.94
w:op|bedanken|1.0
w:opdagen|jij-boodschap|1.67
w:opdagen|bekritiseren|1.67
w:opdracht|jij-boodschap|-0.93
w:opdracht|waarschuwen|-0.98
w:opdracht|adviseren|-0.97
w:opdracht|argumenteren|-0.93
w:opdracht|prijzen|1.81
w:opdracht|geruststellen|-0.72
w:opdracht|afleiden|-0.97
w:opdrachten|ik-boodschap|2.86
w:opdrachten|open-vraag|0.92
w:open|bedanken|0.54
w:operatie|geruststellen|-0.99
w:opgaven|vervolgafspraak|0.92
w:opgelet|jij-boodschap|1.0
w:opgelet|bekritiseren|1.0
w:opgelucht|bevelen|-1.0
w:opgelucht|geruststellen|-0.99
w:opgevangen|gevoelsreflectie|0.82
w:opgevoed|bekritiseren|0.95
w:ophaalt|bevelen|0.94
w:ophaalt|waarschuwen|0.98
w:ophaalt|geruststellen|-0.98
w:ophoudt|moraliseren|-0.97
w:opkijken|bevelen|-0.99
w:oplaadt|ik-boodschap|0.94
w:opletten|jij-boodschap|-0.91
w:opletten|bekritiseren|-0.85
w:oplossen|open-vraag|0.92
w:oplost|interpreteren|0.99
w:opmerking|jij-boodschap|-1.73
w:opmerking|samenvatting|-0.9
w:opmerking|waarschuwen|0.94
w:opmerking|argumenteren|-0.95
w:opmerking|bekritiseren|0.69
w:opneemt|open-vraag|0.99
w:opnemen|etiketteren|-0.96
w:opnieuw|afronding-aankondigen|-1.82
w:oprecht|ik-boodschap|1.82
w:oprecht|open-vraag|0.95
w:opschrijft|ik-boodschap|0.95
w:opstaat|ik-boodschap|1.0
w:opstaat|bevelen|0.7
w:opstaat|adviseren|-1.0
w:opstaat|ondervragen|-1.0
w:opstaat|afleiden|-1.0
w:opstaat|afronding-aankondigen|-1.0
w:opstandig|ik-boodschap|-0.98
w:opvoeden|moraliseren|0.96
w:opvoeden|argumenteren|-0.96
w:opvoeden|interpreteren|-0.96
w:orde|bevelen|-0.94
w:orde|argumenteren|-0.98
w:orde|prijzen|0.98
w:orthopedagoog|jij-boodschap|0.9
w:orthopedagoog|adviseren|-0.9
w:orthopedagoog|bekritiseren|1.59
w:oude|samenvatting|0.96
w:oude|interpreteren|0.78
w:ouder|ik-boodschap|-0.93
w:ouder|jij-boodschap|-0.95
w:ouder|gevoelsreflectie|0.94
w:ouder|waarschuwen|-1.0
w:ouder|moraliseren|1.93
w:ouder|bekritiseren|-0.95
w:ouder|etiketteren|0.93
w:ouder|geruststellen|0.86
w:ouderavond|bekritiseren|0.94
w:ouderavond|ondervragen|0.98
w:ouders|bevelen|-0.97
w:ouders|moraliseren|0.99
w:ouders|argumenteren|-0.87
w:ouders|bekritiseren|-0.37
w:ouders|prijzen|0.98
w:ouders|etiketteren|0.96
w:ouders|afleiden|-0.9
w:ouders|afronding-aankondigen|0.99
w:ouders|vervolgafspraak|-0.99
w:over|ik-boodschap|-0.93
w:over|jij-boodschap|-2.89
w:over|gevoelsreflectie|0.81
w:over|samenvatting|0.31
w:over|open-vraag|0.98
w:over|bevelen|-1.0
w:over|waarschuwen|-1.93
w:over|adviseren|0.87
w:over|bekritiseren|-2.48
w:over|etiketteren|-0.93
w:over|interpreteren|0.86
w:over|geruststellen|0.93
w:over|afronding-aankondigen|-4.76
w:over|vervolgafspraak|-0.15
w:over|bedanken|-0.71
w:overal|jij-boodschap|1.43
w:overal|gevoelsreflectie|-0.76
w:overal|bekritiseren|1.77
w:overal|prijzen|-1.91
w:overal|etiketteren|0.93
w:overdreven|jij-boodschap|-2.08
w:overdreven|waarschuwen|-0.97
w:overdreven|bekritiseren|-0.98
w:overdreven|geruststellen|-0.98
w:overdrijft|bekritiseren|-3.8
w:overgang|samenvatting|-1.0
w:overgang|open-vraag|-1.0
w:overgangsnormen|ik-boodschap|-0.91
w:overgangsnormen|argumenteren|0.91
w:overkomt|geruststellen|-1.5
w:overkomt|afleiden|0.93
w:overleg|samenvatting|0.9
w:overleg|vervolgafspraak|0.9
w:overrompeld|adviseren|-1.0
w:overstap|afleiden|-0.81
w:overstapt|parafrase|1.0
w:paar|geruststellen|0.95
w:pak|ik-boodschap|-1.91
w:pakken|argumenteren|-1.0
w:pakt|samenvatting|-0.99
w:pakt|adviseren|-0.99
w:pas|ik-boodschap|0.98
w:pas|parafrase|0.96
w:pas|bevelen|-1.9
w:pas|waarschuwen|-0.83
w:pas|bekritiseren|-0.28
w:pas|ondervragen|1.0
w:pas|vervolgafspraak|-0.92
w:pasje|ik-boodschap|-0.82
w:passeren|jij-boodschap|-1.0
w:passeren|prijzen|1.0
w:passeren|interpreteren|-1.0
w:pauze|gevoelsreflectie|-0.95
w:pauze|samenvatting|-0.99
w:peil|bekritiseren|0.98
w:periode|ik-boodschap|-0.96
w:periode|open-vraag|-0.97
w:periode|argumenteren|-1.82
w:periode|bekritiseren|0.57
w:periode|etiketteren|-0.93
w:periode|vervolgafspraak|-0.99
w:pest|jij-boodschap|1.31
w:pesten|parafrase|-0.99
w:pesten|waarschuwen|-0.91
w:pesterijen|afronding-aankondigen|0.97
w:pestkop|afleiden|-0.97
w:peters|parafrase|0.99
w:peters|bekritiseren|-0.99
w:peters|prijzen|-0.91
w:pijn|bevelen|-0.57
w:plan|adviseren|-0.85
w:plan|etiketteren|-1.0
w:plan|vervolgafspraak|1.0
w:plan|bedanken|-0.83
w:plannen|ik-boodschap|-0.98
w:plannen|jij-boodschap|-1.74
w:plannen|bevelen|0.88
w:plannen|adviseren|0.94
w:plannen|argumenteren|-0.94
w:plannen|bekritiseren|-3.13
w:plannen|interpreteren|-0.85
w:plannen|geruststellen|-0.85
w:plannen|ondervragen|0.87
w:plannen|afronding-aankondigen|0.8
w:plannen|vervolgafspraak|-0.82
w:planner|jij-boodschap|-0.82
w:planner|parafrase|-0.98
w:planner|samenvatting|0.99
w:planner|bevelen|-0.92
w:planning|ik-boodschap|-1.66
w:planning|jij-boodschap|0.97
w:planning|samenvatting|1.78
w:planning|afleiden|-0.98
w:planning|vervolgafspraak|1.0
w:playstation|adviseren|0.94
w:playstation|bekritiseren|0.94
w:playstation|prijzen|-0.94
w:plek|samenvatting|-0.84
w:plek|waarschuwen|0.97
w:plek|adviseren|0.95
w:plezier|samenvatting|0.98
w:plezier|prijzen|0.85
w:plicht|ik-boodschap|-0.93
w:plicht|moraliseren|0.95
w:plichten|moraliseren|0.92
w:plichten|argumenteren|-0.86
w:plusklas|bekritiseren|-0.94
w:pols|vervolgafspraak|-0.99
w:pootjes|geruststellen|0.92
w:positief|samenvatting|-0.91
w:positiefs|geruststellen|-1.0
w:positiefs|afleiden|1.0
w:potje|bekritiseren|0.98
w:praat|ik-boodschap|-1.77
w:praat|jij-boodschap|-0.82
w:praat|parafrase|-0.91
w:praat|samenvatting|2.68
w:praat|bevelen|0.99
w:praat|waarschuwen|-0.18
w:praat|moraliseren|0.98
w:praat|interpreteren|-0.98
w:praat|vervolgafspraak|0.99
w:praat|bedanken|1.0
w:practicum|afronding-aankondigen|-0.98
w:praten|ik-boodschap|1.88
w:praten|parafrase|0.87
w:praten|moraliseren|0.94
w:praten|adviseren|1.99
w:praten|prijzen|-0.98
w:praten|ondervragen|-0.83
w:praten|afronding-aankondigen|-1.81
w:precies|ik-boodschap|-0.94
w:precies|aanmoediging|-0.98
w:presenteerblaadje|moraliseren|-0.96
w:prikkelbaar|parafrase|-0.99
w:prikkelbaar|vervolgafspraak|-0.99
w:prima|jij-boodschap|0.95
w:prima|bekritiseren|0.95
w:prima|geruststellen|0.9
w:prima|afleiden|-0.9
w:prinses|moraliseren|-0.96
w:probeer|ik-boodschap|-0.95
w:probeer|waarschuwen|-0.93
w:probeer|adviseren|1.92
w:probeert|adviseren|0.17
w:proberen|interpreteren|-0.9
w:probleem|samenvatting|0.94
w:probleem|waarschuwen|0.97
w:probleem|etiketteren|0.93
w:probleem|interpreteren|1.88
w:probleemkind|argumenteren|-1.0
w:probleemkind|etiketteren|1.0
w:probleemkind|geruststellen|-0.98
w:profiel|samenvatting|-0.93
w:programma|afleiden|-0.93
w:project|ik-boodschap|0.99
w:project|interpreteren|-0.62
w:protocol|argumenteren|-1.75
w:pubers|bekritiseren|-1.61
w:pubers|etiketteren|-0.93
w:pubers|afleiden|1.08
w:puberteit|moraliseren|-0.94
w:puberteit|geruststellen|-0.99
w:puberteit|afleiden|1.8
w:pubertijd|moraliseren|-0.97
w:pubertijd|afleiden|0.97
w:puinhoop|argumenteren|-1.0
w:puinhoop|bekritiseren|0.4
w:punt|ik-boodschap|0.98
w:punt|bekritiseren|-0.63
w:punt|etiketteren|-0.93
w:punt|afronding-aankondigen|0.87
w:punt|vervolgafspraak|-1.92
w:punt|bedanken|-0.96
w:pushende|etiketteren|0.96
w:pws|open-vraag|-0.93
w:raakt|aanmoediging|0.1
w:raken|ik-boodschap|0.91
w:ramp|geruststellen|-0.99
w:ramp|afleiden|0.99
w:rapport|ik-boodschap|0.84
w:rapport|argumenteren|-0.84
w:rapport|interpreteren|-1.0
w:rapport|afronding-aankondigen|-0.95
w:rare|jij-boodschap|-0.73
w:ravi|bekritiseren|-0.96
w:ravi|interpreteren|0.96
w:reactie|etiketteren|0.93
w:reageert|parafrase|-0.99
w:reageert|gevoelsreflectie|-1.99
w:reageert|open-vraag|1.0
w:reageert|moraliseren|-0.99
w:reageert|bekritiseren|-0.93
w:reageert|interpreteren|0.99
w:reageren|jij-boodschap|0.93
w:reageren|waarschuwen|1.0
w:reageren|bekritiseren|1.72
w:reageren|interpreteren|-1.0
w:recht|jij-boodschap|-0.95
w:recht|bekritiseren|-0.95
w:redelijk|parafrase|-0.92
w:redelijk|etiketteren|-0.94
w:redelijk|vervolgafspraak|-0.86
w:redt|gevoelsreflectie|0.92
w:regel|parafrase|0.91
w:regel|vervolgafspraak|0.91
w:regelen|adviseren|0.95
w:regelen|afleiden|-0.94
w:regelen|bedanken|-0.92
w:regelmatig|vervolgafspraak|0.96
w:regels|bevelen|0.99
w:regels|waarschuwen|0.99
w:regels|argumenteren|2.9
w:regelt|geruststellen|-0.87
w:reglement|argumenteren|0.72
w:reglement|bekritiseren|-0.91
w:reglement|geruststellen|-0.98
w:reistijd|jij-boodschap|-0.9
w:reistijd|bekritiseren|-0.9
w:reken|prijzen|0.93
w:reken|etiketteren|-0.97
w:rekenen|argumenteren|-0.93
w:rekenen|etiketteren|-0.99
w:rekenmachine|gevoelsreflectie|-0.86
w:rekenmachine|open-vraag|0.93
w:rekenmachine|vervolgafspraak|0.92
w:respect|jij-boodschap|0.85
w:respect|gevoelsreflectie|-0.96
w:respect|bekritiseren|0.85
w:rest|parafrase|1.94
w:rest|open-vraag|-0.99
w:rest|vervolgafspraak|0.96
w:rij|gevoelsreflectie|-0.83
w:rijtje|samenvatting|0.99
w:rijtje|open-vraag|-0.93
w:rijtje|vervolgafspraak|-0.99
w:rik|ik-boodschap|0.96
w:roept|ik-boodschap|0.95
w:roept|waarschuwen|-0.9
w:rollen|bevelen|0.84
w:ronden|samenvatting|-1.92
w:ronden|geruststellen|-1.0
w:ronden|afleiden|-1.0
w:ronden|afronding-aankondigen|1.0
w:ronden|bedanken|0.76
w:rondkrijgen|bekritiseren|-0.91
w:ronduit|bekritiseren|0.12
w:rooster|ik-boodschap|0.73
w:rooster|ondervragen|-0.87
w:rooster|vervolgafspraak|-0.99
w:rot|gevoelsreflectie|1.0
w:rot|ondervragen|-1.0
w:rotmoment|gevoelsreflectie|0.94
w:rotmoment|etiketteren|-0.94
w:rusten|afronding-aankondigen|-0.93
w:rustig|jij-boodschap|-0.97
w:rustig|gevoelsreflectie|-1.0
w:rustig|aanmoediging|1.98
w:rustig|bevelen|1.71
w:ruzie|parafrase|0.98
w:ruzie|samenvatting|1.99
w:ruzie|adviseren|-0.98
w:ruzie|vervolgafspraak|-0.99
w:ruzietjes|bekritiseren|-0.99
w:ruzietjes|geruststellen|-0.99
w:ruzietjes|afleiden|2.87
w:saboteert|bekritiseren|0.87
w:samen|ik-boodschap|-1.96
w:samen|jij-boodschap|0.16
w:samen|parafrase|-0.99
w:samen|samenvatting|1.94
w:samen|open-vraag|0.92
w:samen|moraliseren|0.18
w:samen|argumenteren|-0.96
w:samen|bekritiseren|0.82
w:samen|interpreteren|-0.96
w:samen|afronding-aankondigen|-0.95
w:samen|vervolgafspraak|3.68
w:samen|bedanken|-0.97
w:samengevat|jij-boodschap|1.51
w:samengevat|parafrase|-0.99
w:samengevat|moraliseren|-0.98
w:samengevat|bekritiseren|1.64
w:samengevat|interpreteren|-0.98
w:samengevat|bedanken|-0.83
w:samenvat|parafrase|0.92
w:samenvat|gevoelsreflectie|-0.95
w:samenvat|samenvatting|2.79
w:samenvatten|ik-boodschap|-0.78
w:samenvatten|parafrase|-0.97
w:samenvatten|samenvatting|0.78
w:samenvatten|bedanken|1.0
w:samenvattend|gevoelsreflectie|0.87
w:samenvattend|samenvatting|2.92
w:samenvattend|open-vraag|-1.0
w:samenvattend|argumenteren|-0.97
w:samenvattend|afronding-aankondigen|-0.93
w:samenvattend|bedanken|0.7
w:sanne|ik-boodschap|-0.97
w:sanne|adviseren|-0.94
w:sara|open-vraag|-0.95
w:schaamt|ik-boodschap|-1.0
w:schaamt|bevelen|-0.99
w:schandalig|bekritiseren|0.69
w:scheiding|parafrase|-0.99
w:scheiding|argumenteren|-0.92
w:scheiding|interpreteren|1.82
w:scheikunde|bevelen|-0.8
w:schermtijd|gevoelsreflectie|-0.98
w:schieten|ik-boodschap|0.98
w:schieten|jij-boodschap|1.86
w:schieten|adviseren|-0.9
w:schieten|bekritiseren|1.01
w:schok|parafrase|-1.0
w:school|ik-boodschap|-0.93
w:school|jij-boodschap|-0.98
w:school|gevoelsreflectie|0.92
w:school|samenvatting|1.8
w:school|open-vraag|-0.9
w:school|waarschuwen|-1.88
w:school|moraliseren|1.85
w:school|argumenteren|-1.92
w:school|bekritiseren|0.36
w:school|interpreteren|0.52
w:school|geruststellen|-1.05
w:school|afronding-aankondigen|-0.94
w:school|bedanken|-1.99
w:schoolarts|vervolgafspraak|0.96
w:schoolochtend|gevoelsreflectie|-0.96
w:schoolplein|afleiden|0.93
w:schoolreis|moraliseren|-0.99
w:schoolreisje|parafrase|0.93
w:schoolresultaten|moraliseren|0.99
w:schoolresultaten|interpreteren|-0.99
w:schooltijd|interpreteren|1.0
w:schorsing|parafrase|1.99
w:schorsing|gevoelsreflectie|0.89
w:schorsing|samenvatting|-0.93
w:schorsing|moraliseren|0.97
w:schrijfopdracht|vervolgafspraak|-0.92
w:schrijft|argumenteren|0.79
w:schrik|gevoelsreflectie|0.91
w:schrikt|gevoelsreflectie|0.99
w:schrok|ik-boodschap|2.6
w:schrok|gevoelsreflectie|-0.95
w:schrok|aanmoediging|-0.99
w:schrok|afronding-aankondigen|-0.98
w:schrok|vervolgafspraak|-0.99
w:schuift|waarschuwen|-0.92
w:schuift|vervolgafspraak|1.83
w:schuld|jij-boodschap|1.71
w:schuld|samenvatting|-0.92
w:schuld|bekritiseren|2.87
w:schuldig|jij-boodschap|-0.51
w:schuldig|gevoelsreflectie|-0.99
w:schuldig|argumenteren|-0.92
w:schuldig|bekritiseren|-0.51
w:schuldig|geruststellen|-0.89
w:sectie|aanmoediging|-0.93
w:sectie|etiketteren|0.93
w:sectie|bedanken|-0.83
w:sem|ik-boodschap|-0.14
w:sem|open-vraag|-1.0
w:sem|adviseren|0.11
w:sem|bekritiseren|-1.7
w:sem|prijzen|-0.99
w:sem|etiketteren|0.99
w:sem|interpreteren|-1.0
w:sem|geruststellen|-0.72
w:september|ik-boodschap|-0.93
w:september|argumenteren|2.0
w:september|bekritiseren|-0.93
w:september|afleiden|-0.93
w:serieus|ik-boodschap|0.88
w:serieus|gevoelsreflectie|1.0
w:serieus|bekritiseren|0.99
w:sfeer|ik-boodschap|-0.88
w:sfeer|jij-boodschap|0.88
w:sfeer|samenvatting|0.94
w:sfeer|bekritiseren|0.88
w:simpel|argumenteren|1.92
w:sinds|ik-boodschap|3.86
w:sinds|jij-boodschap|-0.94
w:sinds|gevoelsreflectie|-1.0
w:sinds|samenvatting|-1.81
w:sinds|open-vraag|-1.0
w:sinds|bevelen|-0.82
w:sinds|bekritiseren|-2.69
w:sinds|afleiden|-0.93
w:situatie|argumenteren|-0.98
w:situatie|afronding-aankondigen|-0.98
w:slaap|gevoelsreflectie|-0.83
w:slaap|samenvatting|1.0
w:slaap|open-vraag|1.0
w:slaap|argumenteren|0.99
w:slaap|bekritiseren|-0.8
w:slaapt|ik-boodschap|0.91
w:slaapt|parafrase|-0.99
w:slaapt|samenvatting|0.96
w:slaapt|aanmoediging|-0.99
w:slaapt|adviseren|0.8
w:slaapt|vervolgafspraak|-0.99
w:slaat|jij-boodschap|-0.9
w:slaat|argumenteren|0.94
w:slaat|bekritiseren|0.94
w:slapen|aanmoediging|-0.98
w:slecht|ik-boodschap|-0.95
w:slecht|parafrase|-0.99
w:slecht|samenvatting|0.96
w:slecht|aanmoediging|-0.99
w:slechte|open-vraag|-0.93
w:slechte|geruststellen|1.85
w:slim|adviseren|0.94
w:slim|geruststellen|-1.0
w:slimme|waarschuwen|-0.82
w:slimme|prijzen|2.84
w:slimme|ondervragen|-0.91
w:slimste|adviseren|-0.97
w:slimste|prijzen|0.97
w:slimste|afleiden|-0.97
w:slordig|bekritiseren|0.81
w:slordige|bekritiseren|-0.79
w:sluit|adviseren|-0.96
w:sluit|vervolgafspraak|0.96
w:sluiten|prijzen|-0.98
w:sluiten|afronding-aankondigen|0.98
w:sluiten|vervolgafspraak|-0.97
w:sluiten|bedanken|0.7
w:smit|bevelen|0.94
w:smit|waarschuwen|-0.94
w:smoesjes|bekritiseren|-1.74
w:snap|parafrase|1.04
w:snap|gevoelsreflectie|1.86
w:snap|samenvatting|-0.84
w:snap|bevelen|0.65
w:snap|adviseren|0.77
w:snap|prijzen|-0.98
w:snap|geruststellen|1.86
w:snap|afleiden|-0.9
w:snap|vervolgafspraak|-1.0
w:snapchat|moraliseren|-0.98
w:snapchat|interpreteren|-0.98
w:snapt|ik-boodschap|1.0
w:snapt|waarschuwen|-1.8
w:snapt|prijzen|2.9
w:snapt|ondervragen|-0.91
w:snel|ik-boodschap|-0.97
w:snel|jij-boodschap|-0.91
w:snel|parafrase|1.96
w:snel|bekritiseren|-0.99
w:snel|vervolgafspraak|-0.92
w:sneller|parafrase|-0.99
w:soms|jij-boodschap|1.68
w:soms|etiketteren|1.31
w:soort|bekritiseren|1.57
w:soort|geruststellen|-0.91
w:soort|afleiden|1.88
w:sophie|gevoelsreflectie|0.98
w:sorry|waarschuwen|-0.99
w:spannend|ik-boodschap|-0.99
w:spannend|parafrase|-1.0
w:spannend|open-vraag|1.0
w:spannend|bekritiseren|-0.85
w:spannend|vervolgafspraak|-1.0
w:spelen|jij-boodschap|0.9
w:spelen|bekritiseren|2.08
w:spijbelen|ik-boodschap|-0.93
w:spijbelt|moraliseren|-0.87
w:spreek|samenvatting|-0.78
w:spreek|bekritiseren|-0.71
w:spreken|ik-boodschap|-0.99
w:spreken|jij-boodschap|-0.82
w:spreken|samenvatting|1.98
w:spreken|vervolgafspraak|1.04
w:spullen|waarschuwen|-1.0
w:spullen|afronding-aankondigen|-0.98
w:sta|ik-boodschap|0.93
w:staan|moraliseren|0.93
w:staan|argumenteren|0.93
w:staan|afleiden|-0.93
w:staat|ik-boodschap|0.27
w:staat|parafrase|-0.98
w:staat|samenvatting|-1.82
w:staat|waarschuwen|0.94
w:staat|argumenteren|0.98
w:staat|geruststellen|-0.94
w:staat|vervolgafspraak|-0.98
w:stage|jij-boodschap|-0.91
w:stage|bekritiseren|-0.98
w:stage|afleiden|0.91
w:stagebegeleider|bevelen|1.65
w:stagebegeleider|vervolgafspraak|-0.83
w:star|etiketteren|-1.0
w:staren|ik-boodschap|-0.85
w:steeds|ik-boodschap|2.17
w:steeds|jij-boodschap|2.46
w:steeds|gevoelsreflectie|-0.96
w:steeds|samenvatting|-0.99
w:steeds|argumenteren|-0.99
w:steeds|bekritiseren|2.87
w:steeds|prijzen|-0.97
w:steeds|etiketteren|-0.99
w:steeds|ondervragen|0.75
w:steeds|bedanken|-0.51
w:steek|parafrase|-1.0
w:steek|samenvatting|-1.0
w:steek|bedanken|-1.0
w:stel|ik-boodschap|-1.0
w:stel|etiketteren|0.98
w:stel|afronding-aankondigen|0.13
w:stel|bedanken|-1.0
w:stellen|ik-boodschap|0.95
w:stellen|waarschuwen|-0.9
w:stellen|moraliseren|0.99
w:stellen|bekritiseren|0.5
w:stelt|jij-boodschap|0.98
w:stelt|bekritiseren|0.98
w:stelt|afleiden|1.68
w:sterk|interpreteren|0.95
w:steunen|ik-boodschap|-0.93
w:steunen|argumenteren|-0.89
w:stiefvader|aanmoediging|-0.99
w:stil|ik-boodschap|-0.94
w:stil|open-vraag|-1.0
w:stil|aanmoediging|-1.0
w:stil|bekritiseren|-0.96
w:stil|interpreteren|0.96
w:stil|ondervragen|-0.94
w:stiller|ik-boodschap|-0.98
w:stoeien|ik-boodschap|0.91
w:stoer|moraliseren|-0.95
w:stoer|adviseren|-0.98
w:stoer|prijzen|-0.97
w:stoer|etiketteren|-0.98
w:stoer|interpreteren|1.81
w:stof|ik-boodschap|1.98
w:stond|bevelen|-0.69
w:stond|argumenteren|1.0
w:stop|bevelen|0.95
w:stop|waarschuwen|0.95
w:stop|argumenteren|-0.98
w:stop|bekritiseren|-0.87
w:stoppen|ik-boodschap|0.98
w:stoppen|waarschuwen|-1.0
w:stoppen|afronding-aankondigen|0.93
w:stoppen|vervolgafspraak|0.96
w:stoppen|bedanken|0.88
w:stopt|jij-boodschap|-0.93
w:stopt|parafrase|-0.99
w:stopt|gevoelsreflectie|-0.98
w:stopt|bevelen|0.98
w:strafwerk|waarschuwen|-0.81
w:strafwerk|moraliseren|-0.97
w:straks|ik-boodschap|0.93
w:straks|bevelen|-0.99
w:straks|waarschuwen|1.94
w:straks|prijzen|-0.97
w:straks|geruststellen|0.73
w:straks|vervolgafspraak|-1.86
w:straks|bedanken|-1.0
w:streng|geruststellen|-0.99
w:strenger|bekritiseren|0.68
w:structuur|samenvatting|0.92
w:structuur|moraliseren|0.95
w:structuur|adviseren|-0.98
w:struikelen|geruststellen|-0.94
w:studiewijzer|ik-boodschap|-0.93
w:studiewijzer|argumenteren|0.94
w:studiewijzer|afleiden|-0.93
w:stuk|jij-boodschap|-0.89
w:stuk|prijzen|-0.95
w:stuk|etiketteren|1.55
w:sturen|bevelen|-0.97
w:sturen|bekritiseren|1.56
w:sturen|geruststellen|-0.91
w:stuur|ik-boodschap|-0.83
w:stuur|bevelen|-0.95
w:stuur|waarschuwen|1.0
w:stuur|adviseren|-0.96
w:stuur|argumenteren|-0.94
w:stuur|vervolgafspraak|0.96
w:stuurde|bekritiseren|0.12
w:sven|adviseren|0.99
w:t|aanmoediging|-0.99
w:taak|jij-boodschap|-0.99
w:taak|adviseren|-0.94
w:taak|bekritiseren|-0.99
w:tafel|open-vraag|0.97
w:tafel|waarschuwen|-0.98
w:tafel|afronding-aankondigen|-0.91
w:tafel|vervolgafspraak|0.99
w:tafel|bedanken|0.13
w:tandarts|bevelen|-0.93
w:tas|geruststellen|-0.94
w:te|ik-boodschap|-0.84
w:te|jij-boodschap|0.1
w:te|parafrase|0.16
w:te|gevoelsreflectie|-1.91
w:te|samenvatting|-0.31
w:te|aanmoediging|-1.0
w:te|bevelen|-2.31
w:te|waarschuwen|-2.09
w:te|moraliseren|1.93
w:te|adviseren|-0.48
w:te|argumenteren|1.86
w:te|bekritiseren|2.52
w:te|prijzen|-1.0
w:te|etiketteren|1.02
w:te|interpreteren|0.77
w:te|geruststellen|-0.26
w:te|ondervragen|-0.95
w:te|afleiden|-1.88
w:te|afronding-aankondigen|-0.92
w:te|bedanken|-0.76
w:team|adviseren|-0.87
w:teamleider|parafrase|0.91
w:teamleider|waarschuwen|1.0
w:teamleider|vervolgafspraak|0.91
w:tegelijk|ik-boodschap|0.9
w:tegen|jij-boodschap|0.92
w:tegen|gevoelsreflectie|1.02
w:tegen|samenvatting|-0.92
w:tegen|bevelen|1.93
w:tegen|waarschuwen|-0.18
w:tegen|moraliseren|0.98
w:tegen|adviseren|0.73
w:tegen|bekritiseren|-1.76
w:tegen|ondervragen|0.92
w:tegenaan|open-vraag|0.94
w:tegenovergestelde|jij-boodschap|0.98
w:tegenovergestelde|bekritiseren|0.98
w:tegenwoordig|ik-boodschap|-0.95
w:tekenen|jij-boodschap|-0.98
w:tekenen|waarschuwen|-0.98
w:tekenen|geruststellen|-0.64
w:tekening|etiketteren|-0.68
w:tekortgeschoten|waarschuwen|-0.97
w:tekortgeschoten|bekritiseren|0.8
w:telefoon|jij-boodschap|0.9
w:telefoon|parafrase|-0.99
w:telefoon|aanmoediging|-0.98
w:telefoon|bevelen|0.83
w:telefoon|adviseren|0.94
w:telefoon|bekritiseren|-0.22
w:telefoon|vervolgafspraak|-0.99
w:telefoongesprek|vervolgafspraak|-0.92
w:telefoonnummer|open-vraag|-0.91
w:telefoons|bevelen|0.93
w:telefoons|argumenteren|0.96
w:teleur|jij-boodschap|0.98
w:teleur|bekritiseren|0.98
w:teleurgesteld|parafrase|0.99
w:teleurgesteld|gevoelsreflectie|1.86
w:teleurgesteld|open-vraag|-1.9
w:teleurgesteld|waarschuwen|-1.0
w:teleurgesteld|bekritiseren|-1.04
w:teleurgesteld|interpreteren|-1.0
w:teleurgesteld|bedanken|-0.83
w:tenminste|afleiden|0.91
w:terecht|geruststellen|0.92
w:terug|parafrase|-2.85
w:terug|samenvatting|0.93
w:terug|geruststellen|-0.99
w:terug|afronding-aankondigen|-0.98
w:teruggebeld|bekritiseren|-1.0
w:terwijl|moraliseren|0.99
w:terwijl|bekritiseren|0.5
w:tess|ik-boodschap|-0.98
w:tess|open-vraag|1.0
w:tevoren|geruststellen|-0.92
w:thanks|afronding-aankondigen|-1.0
w:thanks|bedanken|1.0
w:thijs|ik-boodschap|0.89
w:thnx|bedanken|0.99
w:thuis|jij-boodschap|-0.98
w:thuis|parafrase|-1.01
w:thuis|gevoelsreflectie|-0.12
w:thuis|samenvatting|0.71
w:thuis|open-vraag|2.87
w:thuis|bevelen|-1.83
w:thuis|moraliseren|-1.94
w:thuis|bekritiseren|-1.11
w:thuis|prijzen|-0.94
w:thuis|etiketteren|-1.0
w:thuis|interpreteren|0.86
w:thuis|geruststellen|-0.96
w:thuis|afleiden|-0.99
w:thuis|bedanken|-0.23
w:thuisgehouden|bekritiseren|0.93
w:tien|ik-boodschap|1.97
w:tien|waarschuwen|-0.83
w:tien|moraliseren|0.98
w:tien|afronding-aankondigen|-0.95
w:tijd|ik-boodschap|-0.79
w:tijd|parafrase|-0.89
w:tijd|samenvatting|-0.2
w:tijd|aanmoediging|0.98
w:tijd|bevelen|-0.29
w:tijd|waarschuwen|-0.97
w:tijd|moraliseren|0.89
w:tijd|adviseren|-2.77
w:tijd|bekritiseren|0.79
w:tijd|interpreteren|-0.97
w:tijd|geruststellen|-1.72
w:tijd|afleiden|-1.99
w:tijd|afronding-aankondigen|1.01
w:tijd|vervolgafspraak|-0.76
w:tijdens|open-vraag|-0.97
w:tijdstip|ik-boodschap|-0.83
w:tijdstip|afronding-aankondigen|0.94
w:tijdstip|vervolgafspraak|0.83
w:tillen|moraliseren|-0.94
w:tillen|afleiden|1.8
w:tja|open-vraag|-0.96
w:tja|bekritiseren|1.35
w:tja|afleiden|1.94
w:tja|bedanken|-1.59
w:toch|jij-boodschap|1.7
w:toch|waarschuwen|-0.82
w:toch|adviseren|-1.0
w:toch|argumenteren|-1.62
w:toch|bekritiseren|-1.0
w:toch|prijzen|1.0
w:toch|geruststellen|-1.87
w:toch|afleiden|1.91
w:toch|bedanken|0.99
w:toe|ik-boodschap|1.85
w:toe|parafrase|-0.92
w:toe|open-vraag|1.0
w:toe|bevelen|-0.63
w:toe|bekritiseren|-0.76
w:toegeven|interpreteren|0.97
w:toekomt|ik-boodschap|0.96
w:toen|ik-boodschap|0.85
w:toen|jij-boodschap|0.12
w:toen|parafrase|0.96
w:toen|open-vraag|-1.0
w:toen|bekritiseren|0.82
w:toen|etiketteren|-1.38
w:toen|ondervragen|-1.0
w:toen|vervolgafspraak|-1.96
w:toets|ik-boodschap|1.72
w:toets|parafrase|1.02
w:toets|open-vraag|0.98
w:toets|adviseren|-0.12
w:toets|argumenteren|1.81
w:toets|geruststellen|-0.92
w:toets|vervolgafspraak|0.92
w:toets|bedanken|-0.83
w:toetsdatum|bevelen|-0.69
w:toetsen|ik-boodschap|0.95
w:toetsen|parafrase|-1.89
w:toetsen|open-vraag|0.94
w:toetsen|bedanken|-0.93
w:toetsweek|ik-boodschap|0.84
w:toetsweek|argumenteren|0.94
w:toetsweek|vervolgafspraak|1.03
w:toevoegen|samenvatting|1.0
w:toevoegen|open-vraag|1.0
w:tof|ik-boodschap|0.93
w:tolk|ik-boodschap|-0.1
w:tolk|parafrase|0.99
w:tolk|vervolgafspraak|0.9
w:tom|interpreteren|0.81
w:toon|bekritiseren|0.98
w:toont|jij-boodschap|1.78
w:toont|bekritiseren|1.24
w:top|bedanken|0.51
w:tornen|afleiden|-0.77
w:tot|ik-boodschap|-0.92
w:tot|parafrase|-0.92
w:tot|open-vraag|1.0
w:tot|waarschuwen|0.92
w:tot|argumenteren|0.98
w:tot|ondervragen|0.98
w:tot|bedanken|0.43
w:totaal|bekritiseren|0.99
w:trap|ik-boodschap|0.94
w:trekt|parafrase|-0.92
w:trekt|samenvatting|-0.93
w:trekt|etiketteren|-0.98
w:trimester|prijzen|-0.99
w:trots|jij-boodschap|-0.53
w:trots|bekritiseren|-0.68
w:trouwens|bekritiseren|-0.98
w:trouwens|afleiden|2.96
w:tussen|aanmoediging|-0.99
w:tv|ondervragen|0.83
w:tv|vervolgafspraak|-0.9
w:twaalf|moraliseren|-0.98
w:twaalf|argumenteren|0.98
w:twee|ik-boodschap|0.82
w:twee|jij-boodschap|-0.93
w:twee|parafrase|-0.91
w:twee|gevoelsreflectie|-1.68
w:twee|samenvatting|-0.83
w:twee|open-vraag|-0.99
w:twee|adviseren|0.87
w:twee|argumenteren|0.95
w:twee|bekritiseren|-0.46
w:twee|etiketteren|-0.93
w:twee|interpreteren|-1.0
w:twee|geruststellen|-0.92
w:twee|afronding-aankondigen|-0.99
w:twee|vervolgafspraak|1.81
w:twee|bedanken|-0.71
w:tweede|gevoelsreflectie|0.98
w:tweede|waarschuwen|0.97
w:tweede|moraliseren|-0.94
w:tweede|prijzen|-0.97
w:tweede|afleiden|1.67
w:typerend|ik-boodschap|-0.89
w:typerend|jij-boodschap|0.91
w:typerend|bekritiseren|0.91
w:typisch|etiketteren|0.93
w:typische|jij-boodschap|0.96
w:typische|interpreteren|-0.94
w:u|ik-boodschap|-2.64
w:u|jij-boodschap|0.17
w:u|parafrase|0.81
w:u|samenvatting|-2.07
w:u|bevelen|-1.16
w:u|waarschuwen|-1.82
w:u|moraliseren|-2.78
w:u|argumenteren|-1.13
w:u|bekritiseren|-0.53
w:u|prijzen|-0.73
w:u|etiketteren|-1.11
w:u|interpreteren|-0.31
w:u|geruststellen|-1.11
w:u|ondervragen|-1.82
w:u|afleiden|-1.78
w:u|afronding-aankondigen|-2.01
w:u|vervolgafspraak|1.03
w:u|bedanken|2.04
w:uit|ik-boodschap|0.93
w:uit|jij-boodschap|0.79
w:uit|gevoelsreflectie|-0.96
w:uit|bevelen|0.96
w:uit|argumenteren|0.99
w:uit|etiketteren|-0.94
w:uit|interpreteren|-1.0
w:uit|afleiden|-0.99
w:uitdaging|open-vraag|-0.99
w:uitdaging|interpreteren|0.91
w:uiterlijk|bevelen|1.76
w:uitgelachen|ik-boodschap|1.75
w:uitgelachen|gevoelsreflectie|-1.88
w:uitkomst|open-vraag|1.0
w:uitkomst|geruststellen|-1.0
w:uitlachen|ik-boodschap|-0.92
w:uitlachen|moraliseren|0.92
w:uitlachen|prijzen|-0.97
w:uitleg|ik-boodschap|1.89
w:uitleg|samenvatting|-0.8
w:uitleg|open-vraag|0.97
w:uitleg|bekritiseren|-0.99
w:uitleg|interpreteren|-0.98
w:uitleggen|ik-boodschap|-1.0
w:uitleggen|gevoelsreflectie|-1.0
w:uitleggen|bedanken|-1.0
w:uitpraten|bekritiseren|0.98
w:uitputtend|ik-boodschap|-0.73
w:uitschelden|jij-boodschap|-1.8
w:uitschelden|moraliseren|0.96
w:uitschelden|bekritiseren|-1.45
w:uitslag|moraliseren|-0.92
w:uitslag|etiketteren|-0.92
w:uitslag|vervolgafspraak|-0.95
w:uitslag|bedanken|0.96
w:uitzondering|prijzen|-0.9
w:update|adviseren|0.94
w:uploaden|ik-boodschap|-0.99
w:uren|bedanken|0.7
w:uur|ik-boodschap|0.96
w:uur|jij-boodschap|0.95
w:uur|gevoelsreflectie|-1.0
w:uur|open-vraag|-0.98
w:uur|bevelen|-0.52
w:uur|waarschuwen|-0.83
w:uur|adviseren|0.15
w:uur|argumenteren|0.98
w:uur|bekritiseren|0.48
w:uur|etiketteren|-1.0
w:uur|ondervragen|-0.83
w:uur|vervolgafspraak|1.0
w:uur|bedanken|-0.99
w:uw|ik-boodschap|0.12
w:uw|gevoelsreflectie|-0.76
w:uw|samenvatting|0.93
w:uw|moraliseren|0.17
w:uw|adviseren|-1.93
w:uw|argumenteren|-1.83
w:uw|bekritiseren|-0.19
w:uw|prijzen|1.93
w:uw|etiketteren|-1.97
w:uw|interpreteren|1.0
w:uw|geruststellen|-0.98
w:uw|vervolgafspraak|-1.96
w:uw|bedanken|1.74
w:uzelf|interpreteren|1.0
w:uzelf|afleiden|-0.87
w:vaak|ik-boodschap|-0.91
w:vaak|parafrase|-0.93
w:vaak|samenvatting|0.93
w:vaak|moraliseren|-0.78
w:vaak|adviseren|0.91
w:vaak|interpreteren|-0.93
w:vader|jij-boodschap|-1.0
w:vader|parafrase|1.92
w:vader|gevoelsreflectie|-1.0
w:vader|samenvatting|-1.0
w:vader|aanmoediging|-0.97
w:vader|bevelen|-1.79
w:vader|waarschuwen|0.15
w:vader|moraliseren|0.77
w:vader|adviseren|-1.85
w:vader|argumenteren|-0.9
w:vader|prijzen|1.0
w:vader|interpreteren|-1.0
w:vader|vervolgafspraak|0.97
w:vak|parafrase|-0.94
w:vak|open-vraag|-0.94
w:vakantie|ik-boodschap|1.0
w:vakantie|gevoelsreflectie|-1.0
w:vakantie|open-vraag|-1.0
w:vakantie|adviseren|-0.97
w:vakantie|prijzen|0.97
w:vakantie|etiketteren|0.84
w:vakantie|vervolgafspraak|-0.91
w:vakdocenten|bekritiseren|-0.71
w:vaker|ik-boodschap|-0.99
w:vaker|gevoelsreflectie|-0.96
w:vaker|samenvatting|-0.81
w:vaker|argumenteren|1.0
w:vaker|prijzen|-0.97
w:vaker|interpreteren|-0.85
w:vaker|afleiden|-0.92
w:vaker|afronding-aankondigen|-0.93
w:valt|ik-boodschap|-1.9
w:valt|waarschuwen|-0.99
w:valt|bekritiseren|-0.97
w:valt|afleiden|-0.77
w:van|ik-boodschap|0.67
w:van|jij-boodschap|1.05
w:van|gevoelsreflectie|-0.35
w:van|samenvatting|-0.94
w:van|open-vraag|-0.16
w:van|aanmoediging|-1.0
w:van|bevelen|-0.51
w:van|adviseren|-1.86
w:van|argumenteren|-2.72
w:van|bekritiseren|1.44
w:van|interpreteren|-0.99
w:van|geruststellen|-1.89
w:van|ondervragen|0.77
w:van|afleiden|0.88
w:van|vervolgafspraak|-1.86
w:vanaf|samenvatting|-1.0
w:vanaf|bevelen|1.09
w:vanaf|waarschuwen|0.99
w:vanaf|argumenteren|-0.89
w:vanaf|geruststellen|-0.99
w:vanavond|aanmoediging|-0.97
w:vanavond|vervolgafspraak|0.97
w:vandaag|ik-boodschap|0.16
w:vandaag|jij-boodschap|-0.89
w:vandaag|parafrase|-1.0
w:vandaag|samenvatting|-0.77
w:vandaag|argumenteren|-1.0
w:vandaag|bekritiseren|-1.98
w:vandaag|prijzen|-0.95
w:vandaag|etiketteren|-0.25
w:vandaag|vervolgafspraak|-1.99
w:vandaag|bedanken|-0.71
w:vandaan|open-vraag|0.92
w:vanmiddag|jij-boodschap|-0.93
w:vanmiddag|bevelen|1.7
w:vanmiddag|afronding-aankondigen|-0.92
w:vanochtend|ik-boodschap|0.73
w:vanochtend|bevelen|-0.9
w:vanzelf|geruststellen|1.98
w:vanzelf|afleiden|-1.94
w:vast|jij-boodschap|-1.63
w:vast|parafrase|-0.89
w:vast|gevoelsreflectie|0.82
w:vast|waarschuwen|-0.81
w:vast|moraliseren|-0.92
w:vast|argumenteren|-0.98
w:vast|bekritiseren|-0.95
w:vast|prijzen|4.74
w:vast|etiketteren|-0.92
w:vast|ondervragen|-1.76
w:vast|vervolgafspraak|-0.86
w:vaste|ik-boodschap|0.78
w:vaste|adviseren|1.82
w:vaste|interpreteren|-0.9
w:vaste|vervolgafspraak|0.92
w:vastligt|argumenteren|0.85
w:vatten|parafrase|-0.99
w:vatten|vervolgafspraak|-0.99
w:veel|ik-boodschap|-0.11
w:veel|jij-boodschap|-0.81
w:veel|gevoelsreflectie|1.71
w:veel|moraliseren|-0.99
w:veel|adviseren|-0.92
w:veel|bekritiseren|-1.34
w:veel|prijzen|-1.0
w:veel|etiketteren|-0.96
w:veel|geruststellen|0.98
w:veel|ondervragen|0.98
w:veel|afleiden|-1.8
w:veertien|moraliseren|0.98
w:veertien|bekritiseren|-0.46
w:veilig|interpreteren|-0.96
w:vel|bekritiseren|-0.94
w:ver|jij-boodschap|0.9
w:veranderde|parafrase|0.96
w:veranderen|samenvatting|-0.95
w:veranderen|open-vraag|0.95
w:verandert|open-vraag|-1.0
w:verantwoordelijk|ik-boodschap|0.91
w:verantwoordelijkheid|bevelen|-0.95
w:verantwoordelijkheid|moraliseren|0.18
w:verantwoordelijkheid|adviseren|0.96
w:verantwoordelijkheid|argumenteren|-0.9
w:verantwoordelijkheid|bekritiseren|-0.87
w:verantwoordelijkheid|etiketteren|-1.0
w:verband|vervolgafspraak|-0.99
w:verbergen|interpreteren|0.98
w:verbouwing|afleiden|0.94
w:verder|ik-boodschap|-0.98
w:verder|parafrase|-0.86
w:verder|aanmoediging|1.98
w:verder|bekritiseren|-0.72
w:verder|ondervragen|-0.83
w:verder|afronding-aankondigen|-0.81
w:verdergaan|vervolgafspraak|0.9
w:verdoen|jij-boodschap|0.98
w:verdoen|samenvatting|-0.98
w:verdoen|bevelen|-0.98
w:verdoen|bekritiseren|1.74
w:verdriet|afleiden|-0.95
w:verdriet|bedanken|0.93
w:verdrietig|ik-boodschap|-0.96
w:verdrietig|gevoelsreflectie|1.96
w:verdrietig|open-vraag|1.0
w:verdrietig|aanmoediging|0.99
w:verdrietig|waarschuwen|-1.0
w:verdrietig|moraliseren|-0.94
w:verdrietig|afronding-aankondigen|-1.0
w:vergeet|open-vraag|1.0
w:vergeet|argumenteren|1.0
w:vergeet|interpreteren|-0.78
w:vergeet|afronding-aankondigen|-0.98
w:vergeten|gevoelsreflectie|-0.86
w:vergeten|open-vraag|0.93
w:vergist|bevelen|-0.69
w:vergist|argumenteren|1.67
w:vergist|bekritiseren|-0.91
w:verhaal|samenvatting|-0.78
w:verhaal|open-vraag|0.96
w:verhaal|adviseren|-0.98
w:verhaal|bekritiseren|-0.99
w:verhaal|afleiden|0.9
w:verhuizing|parafrase|0.96
w:verhuizing|samenvatting|-1.0
w:verhuizing|waarschuwen|-0.91
w:verhuizing|bekritiseren|-0.96
w:verhuizing|interpreteren|0.96
w:verkeerd|argumenteren|0.92
w:verkeerd|geruststellen|1.61
w:verlagen|argumenteren|0.96
w:verlies|parafrase|-0.99
w:verlof|bevelen|-0.98
w:verlopen|open-vraag|0.88
w:verpest|jij-boodschap|1.77
w:verpest|waarschuwen|0.9
w:verpest|bekritiseren|1.54
w:verplaatst|afleiden|-0.88
w:verpleegkundige|prijzen|1.0
w:verrast|ik-boodschap|0.95
w:verslag|ik-boodschap|0.97
w:verslag|open-vraag|-0.93
w:verslag|bevelen|-0.82
w:verslag|bekritiseren|-0.82
w:vertel|gevoelsreflectie|-0.96
w:vertel|samenvatting|-1.0
w:vertel|aanmoediging|1.83
w:vertel|bedanken|-1.0
w:verteld|gevoelsreflectie|-0.94
w:verteld|bevelen|-1.0
w:verteld|interpreteren|-0.99
w:vertelt|jij-boodschap|-0.98
w:vertelt|parafrase|-0.9
w:vertelt|open-vraag|0.88
w:vertelt|waarschuwen|-0.91
w:vertelt|bedanken|1.93
w:vertrok|afronding-aankondigen|-0.98
w:vertrouwen|bekritiseren|-0.26
w:vertrouwenspersoon|vervolgafspraak|0.96
w:verveelt|interpreteren|1.88
w:vervelend|ik-boodschap|0.99
w:vervelend|open-vraag|-1.97
w:vervelend|argumenteren|-1.0
w:vervelend|bekritiseren|1.0
w:vervelend|geruststellen|-0.89
w:vervelend|afronding-aankondigen|-0.98
w:verwacht|open-vraag|-0.9
w:verwacht|bevelen|0.94
w:verwacht|bekritiseren|-0.93
w:verwacht|prijzen|-0.98
w:verwachten|moraliseren|0.98
w:verwend|jij-boodschap|0.98
w:verwend|bekritiseren|-0.93
w:verwent|bekritiseren|-1.31
w:verwerkt|bekritiseren|-0.96
w:verwerkt|interpreteren|0.96
w:verwoorden|adviseren|-0.87
w:verzint|bekritiseren|-1.74
w:verzuim|jij-boodschap|-0.91
w:verzuim|samenvatting|1.93
w:verzuim|open-vraag|-0.98
w:verzuim|adviseren|-1.0
w:verzuim|argumenteren|-0.97
w:verzuim|bekritiseren|-0.98
w:verzuim|prijzen|-1.0
w:verzuim|afleiden|-0.81
w:verzuim|afronding-aankondigen|0.95
w:verzuimd|prijzen|-0.99
w:via|parafrase|0.9
w:via|moraliseren|-0.98
w:via|interpreteren|-0.98
w:viel|parafrase|0.98
w:viel|adviseren|-0.98
w:vier|open-vraag|-0.98
w:vier|bevelen|-0.95
w:vier|prijzen|-0.99
w:vier|etiketteren|-1.0
w:vier|ondervragen|-0.83
w:vierde|waarschuwen|0.82
w:vierde|bedanken|-0.99
w:vijf|parafrase|-0.92
w:vijf|vervolgafspraak|-0.96
w:vijf|bedanken|-0.96
w:vind|ik-boodschap|2.78
w:vind|jij-boodschap|0.96
w:vind|gevoelsreflectie|-0.83
w:vind|open-vraag|0.93
w:vind|waarschuwen|-1.83
w:vind|adviseren|0.87
w:vind|argumenteren|-0.94
w:vind|bekritiseren|2.11
w:vind|afronding-aankondigen|-1.78
w:vinden|prijzen|0.98
w:vindt|jij-boodschap|0.95
w:vindt|open-vraag|0.98
w:vindt|waarschuwen|-0.81
w:vindt|argumenteren|0.92
w:vindt|bekritiseren|0.74
w:vindt|interpreteren|0.1
w:vindt|afronding-aankondigen|-0.93
w:vmbo|afleiden|-0.81
w:voeden|bekritiseren|0.65
w:voel|vervolgafspraak|-0.92
w:voelen|gevoelsreflectie|0.94
w:voelt|ik-boodschap|-0.98
w:voelt|jij-boodschap|-1.48
w:voelt|parafrase|-0.95
w:voelt|gevoelsreflectie|0.96
w:voelt|samenvatting|0.89
w:voelt|aanmoediging|-0.99
w:voelt|moraliseren|-0.98
w:voelt|argumenteren|-0.92
w:voelt|bekritiseren|-0.51
w:voelt|interpreteren|-0.96
w:voelt|geruststellen|-0.89
w:voelt|afleiden|-0.98
w:voelt|bedanken|-0.29
w:voeren|open-vraag|-0.97
w:voetbal|open-vraag|-0.99
w:voetbal|bekritiseren|-0.99
w:voetbal|ondervragen|-0.99
w:voetbal|afleiden|0.99
w:voetbalwedstrijd|open-vraag|-0.95
w:voetbalwedstrijd|afleiden|0.95
w:volg|ik-boodschap|-0.94
w:volg|aanmoediging|0.98
w:volg|adviseren|-0.97
w:volgen|ik-boodschap|0.9
w:volgend|waarschuwen|0.97
w:volgend|bekritiseren|-0.98
w:volgend|prijzen|-0.97
w:volgende|ik-boodschap|-1.77
w:volgende|jij-boodschap|-0.82
w:volgende|parafrase|0.91
w:volgende|samenvatting|0.79
w:volgende|open-vraag|-0.98
w:volgende|adviseren|-0.85
w:volgende|bekritiseren|-0.63
w:volgende|etiketteren|-1.93
w:volgende|ondervragen|-0.83
w:volgende|afronding-aankondigen|0.99
w:volgende|vervolgafspraak|2.79
w:volgende|bedanken|-1.79
w:volgens|jij-boodschap|-0.96
w:volgens|parafrase|1.92
w:volgens|open-vraag|0.98
w:volgens|moraliseren|-0.95
w:volgens|bekritiseren|-0.94
w:volgens|interpreteren|2.78
w:volgens|geruststellen|-0.98
w:volgens|bedanken|-0.99
w:volgt|moraliseren|0.97
w:volkomen|argumenteren|0.69
w:volwassen|prijzen|0.93
w:vond|ik-boodschap|2.6
w:vond|jij-boodschap|-0.98
w:vond|bekritiseren|1.0
w:vond|afleiden|0.93
w:vond|vervolgafspraak|-0.96
w:voor|ik-boodschap|3.14
w:voor|jij-boodschap|-2.96
w:voor|gevoelsreflectie|0.11
w:voor|open-vraag|0.96
w:voor|bevelen|-0.82
w:voor|waarschuwen|-0.1
w:voor|bekritiseren|-3.01
w:voor|prijzen|-0.9
w:voor|etiketteren|-1.93
w:voor|geruststellen|-0.89
w:voor|ondervragen|-1.0
w:voor|afleiden|-0.36
w:voor|afronding-aankondigen|-0.86
w:voor|bedanken|1.71
w:vooral|parafrase|-0.93
w:vooral|samenvatting|0.93
w:vooral|open-vraag|-1.0
w:vooral|moraliseren|-0.98
w:voorbeeld|gevoelsreflectie|-0.99
w:voorbeeld|moraliseren|0.77
w:voorbeeld|adviseren|-1.85
w:voorbeeldfunctie|afleiden|-0.9
w:voorbij|ik-boodschap|-0.8
w:voorbij|bevelen|-0.94
w:voordat|prijzen|-0.93
w:voorin|geruststellen|-0.99
w:voorstel|adviseren|-0.87
w:voorstellen|ik-boodschap|-0.97
w:voorstellen|gevoelsreflectie|0.98
w:voorstellen|samenvatting|-1.0
w:voorstellen|open-vraag|-1.0
w:voortaan|bevelen|1.69
w:voortaan|prijzen|-0.93
w:voorzichtig|etiketteren|-1.0
w:vorige|jij-boodschap|0.2
w:vorige|parafrase|-1.0
w:vorige|bevelen|-0.91
w:vorige|ondervragen|1.77
w:vorige|vervolgafspraak|-1.96
w:vraag|jij-boodschap|0.96
w:vraag|open-vraag|-0.99
w:vraag|waarschuwen|-0.9
w:vraag|adviseren|0.98
w:vraag|vervolgafspraak|-1.0
w:vraag|bedanken|-0.62
w:vraagt|etiketteren|-0.91
w:vragen|gevoelsreflectie|0.97
w:vragen|adviseren|1.91
w:vragen|bekritiseren|-1.6
w:vrienden|gevoelsreflectie|0.87
w:vrienden|samenvatting|2.86
w:vrienden|waarschuwen|-0.97
w:vrienden|moraliseren|-0.97
w:vrienden|ondervragen|-0.97
w:vriendin|bevelen|-0.99
w:vriendinnen|ik-boodschap|-0.76
w:vriendschappen|samenvatting|1.0
w:vriendschappen|open-vraag|-1.0
w:vries|ik-boodschap|-0.97
w:vries|bevelen|0.95
w:vries|etiketteren|-0.58
w:vries|interpreteren|-0.96
w:vrijdag|ik-boodschap|-0.99
w:vrijdag|jij-boodschap|-0.82
w:vrijdag|waarschuwen|0.85
w:vrijdag|moraliseren|1.0
w:vrijdag|argumenteren|-0.94
w:vrijdag|bekritiseren|-0.71
w:vrijdag|vervolgafspraak|1.91
w:vrijdag|bedanken|-0.79
w:vrijhied|bekritiseren|0.24
w:vroeg|parafrase|0.98
w:vroeg|adviseren|-0.98
w:vroeger|interpreteren|0.95
w:vrolijke|etiketteren|-0.81
w:vrouw|prijzen|1.91
w:vwo|etiketteren|-0.99
w:waar|ik-boodschap|0.86
w:waar|parafrase|-0.98
w:waar|open-vraag|0.86
w:waar|moraliseren|-0.92
w:waar|adviseren|-0.82
w:waar|argumenteren|0.86
w:waar|bekritiseren|-0.99
w:waar|interpreteren|-0.71
w:waar|ondervragen|1.0
w:waar|afleiden|-0.99
w:waar|vervolgafspraak|-0.98
w:waardeer|bedanken|0.92
w:waardoor|ik-boodschap|3.68
w:waardoor|gevoelsreflectie|-0.86
w:waardoor|open-vraag|0.93
w:waardoor|bevelen|-0.82
w:waardoor|adviseren|-0.84
w:waardoor|bekritiseren|-0.82
w:waardoor|geruststellen|-0.94
w:waardoor|afronding-aankondigen|0.87
w:waarom|ik-boodschap|-0.98
w:waarom|jij-boodschap|-0.83
w:waarom|gevoelsreflectie|0.85
w:waarom|aanmoediging|-1.0
w:waarom|bevelen|-1.0
w:waarom|moraliseren|-1.9
w:waarom|adviseren|0.96
w:waarom|bekritiseren|0.12
w:waarom|prijzen|-0.97
w:waarom|interpreteren|-0.99
w:waarom|ondervragen|2.62
w:waarom|afleiden|-0.99
w:waarop|samenvatting|-0.91
w:waarop|interpreteren|-0.91
w:waarschuw|waarschuwen|0.88
w:wacht|bevelen|1.0
w:wachten|moraliseren|-0.92
w:wachten|etiketteren|-0.92
w:wachten|afronding-aankondigen|0.99
w:wachten|vervolgafspraak|-0.99
w:wakker|bekritiseren|-0.61
w:wakker|geruststellen|0.97
w:wanneer|ik-boodschap|2.75
w:wanneer|parafrase|-0.99
w:wanneer|gevoelsreflectie|-0.99
w:wanneer|samenvatting|-0.99
w:wanneer|open-vraag|-0.99
w:wanneer|waarschuwen|-1.74
w:wanneer|bekritiseren|-0.91
w:wanneer|interpreteren|-0.98
w:wanneer|geruststellen|-0.94
w:wanneer|afronding-aankondigen|-0.98
w:wanneer|vervolgafspraak|-0.92
w:want|ik-boodschap|1.87
w:want|parafrase|-1.0
w:want|samenvatting|-0.99
w:want|open-vraag|-0.93
w:want|waarschuwen|-1.0
w:want|argumenteren|1.56
w:want|bekritiseren|-0.91
w:want|afleiden|-1.91
w:want|afronding-aankondigen|-0.81
w:want|vervolgafspraak|0.96
w:waren|open-vraag|-1.0
w:waren|bekritiseren|-0.94
w:waren|ondervragen|1.0
w:was|ik-boodschap|-0.85
w:was|jij-boodschap|-0.96
w:was|parafrase|0.94
w:was|open-vraag|-0.96
w:was|bevelen|-0.99
w:was|waarschuwen|-0.99
w:was|moraliseren|-0.92
w:was|adviseren|-0.62
w:was|argumenteren|1.23
w:was|bekritiseren|0.81
w:was|etiketteren|-0.75
w:was|geruststellen|-1.0
w:was|ondervragen|1.16
w:was|afleiden|0.95
w:was|bedanken|0.49
w:wat|ik-boodschap|0.99
w:wat|jij-boodschap|0.67
w:wat|parafrase|-1.02
w:wat|gevoelsreflectie|-1.97
w:wat|open-vraag|3.97
w:wat|aanmoediging|-0.98
w:wat|bevelen|-0.96
w:wat|adviseren|1.02
w:wat|argumenteren|-0.77
w:wat|bekritiseren|0.73
w:wat|prijzen|1.93
w:wat|geruststellen|-0.93
w:wat|ondervragen|-1.83
w:wat|afleiden|1.89
w:wat|afronding-aankondigen|-1.0
w:wat|vervolgafspraak|0.87
w:wat|bedanken|-1.0
w:watje|bevelen|-0.84
w:wc|ik-boodschap|-0.89
w:wc|gevoelsreflectie|-0.96
w:we|ik-boodschap|-0.99
w:we|jij-boodschap|-4.32
w:we|parafrase|-0.91
w:we|gevoelsreflectie|-0.97
w:we|samenvatting|1.24
w:we|open-vraag|-1.05
w:we|aanmoediging|-0.92
w:we|bevelen|-1.0
w:we|waarschuwen|-2.71
w:we|moraliseren|-0.99
w:we|adviseren|-2.81
w:we|argumenteren|-0.21
w:we|bekritiseren|-3.51
w:we|interpreteren|-1.0
w:we|geruststellen|-1.99
w:we|ondervragen|-0.96
w:we|afronding-aankondigen|2.13
w:we|vervolgafspraak|3.97
w:we|bedanken|-1.4
w:website|argumenteren|-1.82
w:website|bekritiseren|-0.91
w:week|ik-boodschap|-0.72
w:week|jij-boodschap|-1.57
w:week|gevoelsreflectie|-0.86
w:week|samenvatting|-1.15
w:week|bevelen|-0.91
w:week|moraliseren|-0.78
w:week|adviseren|1.0
w:week|bekritiseren|-0.66
w:week|etiketteren|-1.0
w:week|ondervragen|0.94
w:week|afleiden|-1.92
w:week|afronding-aankondigen|-0.95
w:week|vervolgafspraak|0.98
w:week|bedanken|-0.83
w:weekend|parafrase|-0.98
w:weekend|gevoelsreflectie|-1.0
w:weekend|ondervragen|0.16
w:weekend|vervolgafspraak|-0.98
w:weekend|bedanken|-1.0
w:weekplanner|waarschuwen|-0.93
w:weekplanning|adviseren|0.97
w:weer|ik-boodschap|-0.82
w:weer|jij-boodschap|1.0
w:weer|samenvatting|-0.88
w:weer|aanmoediging|-0.93
w:weer|bevelen|-0.89
w:weer|waarschuwen|1.95
w:weer|moraliseren|-0.87
w:weer|bekritiseren|2.54
w:weer|prijzen|-0.97
w:weer|etiketteren|0.43
w:weer|geruststellen|-0.25
w:weer|afronding-aankondigen|-0.99
w:weer|vervolgafspraak|1.92
w:weer|bedanken|-0.93
w:wees|geruststellen|0.81
w:weet|ik-boodschap|1.0
w:weet|parafrase|-0.92
w:weet|gevoelsreflectie|-0.95
w:weet|samenvatting|0.83
w:weet|aanmoediging|-0.93
w:weet|waarschuwen|0.99
w:weet|moraliseren|1.95
w:weet|argumenteren|-1.68
w:weet|bekritiseren|0.59
w:weet|prijzen|0.93
w:weet|etiketteren|0.93
w:weg|bevelen|0.83
w:wegbleef|vervolgafspraak|-0.96
w:wegbrengen|bevelen|0.53
w:wegkomt|waarschuwen|0.99
w:wegstopt|ik-boodschap|-0.92
w:wegstopt|waarschuwen|0.92
w:wegzakt|ik-boodschap|0.91
w:wegzakt|adviseren|0.8
w:wegzetten|adviseren|0.94
w:wegzetten|bekritiseren|0.94
w:wegzetten|prijzen|-0.94
w:weinig|gevoelsreflectie|-0.98
w:weinig|samenvatting|0.93
w:weinig|adviseren|0.8
w:weken|ik-boodschap|0.58
w:weken|jij-boodschap|-0.93
w:weken|parafrase|-0.91
w:weken|bevelen|-0.69
w:weken|adviseren|0.89
w:weken|argumenteren|0.95
w:weken|interpreteren|-1.93
w:weken|afleiden|-0.99
w:weken|afronding-aankondigen|-0.99
w:weken|vervolgafspraak|2.74
w:weken|bedanken|0.13
w:wel|ik-boodschap|-1.9
w:wel|jij-boodschap|0.84
w:wel|parafrase|-1.89
w:wel|gevoelsreflectie|-2.93
w:wel|samenvatting|-0.13
w:wel|open-vraag|-1.86
w:wel|bevelen|-1.0
w:wel|waarschuwen|-1.95
w:wel|moraliseren|-0.96
w:wel|adviseren|-0.93
w:wel|argumenteren|-1.0
w:wel|prijzen|0.13
w:wel|etiketteren|-1.87
w:wel|interpreteren|-1.0
w:wel|geruststellen|1.32
w:wel|ondervragen|-1.88
w:wel|afleiden|-0.12
w:wel|afronding-aankondigen|0.94
w:wel|bedanken|0.78
w:welk|parafrase|-0.94
w:welk|open-vraag|-1.85
w:welke|jij-boodschap|-0.98
w:welke|gevoelsreflectie|-0.98
w:welkom|jij-boodschap|-0.9
w:welkom|prijzen|-0.97
w:wereld|afleiden|1.85
w:werk|bekritiseren|-0.94
w:werk|geruststellen|-0.96
w:werken|interpreteren|-0.82
w:werken|geruststellen|-0.9
w:werker|prijzen|0.85
w:werkstuk|jij-boodschap|-1.0
w:werkstuk|bevelen|1.76
w:werkstuk|argumenteren|0.9
w:werkstuk|bekritiseren|-0.19
w:werkt|moraliseren|-0.98
w:werkt|argumenteren|0.98
w:werkt|bedanken|-0.93
w:werkweek|ik-boodschap|-0.99
w:werkweek|parafrase|0.99
w:weten|parafrase|-0.93
w:weten|gevoelsreflectie|0.91
w:weten|samenvatting|0.93
w:weten|moraliseren|0.94
w:weten|bekritiseren|0.43
w:weten|afleiden|-0.94
w:weten|vervolgafspraak|0.95
w:weten|bedanken|-0.97
w:wie|ik-boodschap|-0.99
w:wie|open-vraag|-2.0
w:wie|moraliseren|-0.92
w:wie|adviseren|-0.78
w:wie|argumenteren|1.97
w:wie|interpreteren|-0.99
w:wie|ondervragen|1.83
w:wie|afleiden|-0.99
w:wie|vervolgafspraak|-0.9
w:wij|prijzen|-0.98
w:wijkteam|gevoelsreflectie|0.97
w:wijkteam|adviseren|0.97
w:wijsneus|jij-boodschap|2.34
w:wijsneus|etiketteren|1.77
w:wijze|prijzen|0.97
w:wil|ik-boodschap|-0.83
w:wil|parafrase|0.81
w:wil|gevoelsreflectie|-0.95
w:wil|samenvatting|2.96
w:wil|bevelen|0.98
w:wil|moraliseren|-1.89
w:wil|argumenteren|-0.99
w:wil|prijzen|0.9
w:wil|interpreteren|0.99
w:wil|geruststellen|-0.9
w:wil|afleiden|0.93
w:wil|vervolgafspraak|-0.87
w:wil|bedanken|0.46
w:willen|samenvatting|0.98
w:willen|bekritiseren|0.39
w:willen|afronding-aankondigen|-0.81
w:wilt|ik-boodschap|-0.96
w:wilt|parafrase|-1.0
w:wilt|samenvatting|3.03
w:wilt|aanmoediging|-0.98
w:wilt|waarschuwen|-0.79
w:wilt|adviseren|-0.97
w:wilt|bekritiseren|-1.78
w:wilt|interpreteren|1.96
w:wilt|vervolgafspraak|0.91
w:wilt|bedanken|-1.83
w:wiskunde|jij-boodschap|-0.98
w:wiskunde|gevoelsreflectie|-0.96
w:wiskunde|moraliseren|-0.75
w:wiskunde|bekritiseren|-0.98
w:wiskunde|etiketteren|-0.99
w:wisselend|afronding-aankondigen|-0.99
w:wist|vervolgafspraak|-0.96
w:wit|argumenteren|0.93
w:woensdag|parafrase|-0.91
w:woensdag|prijzen|0.98
w:woensdag|etiketteren|-1.0
w:woensdag|ondervragen|-0.83
w:woensdag|vervolgafspraak|1.96
w:woensdag|bedanken|-0.99
w:wonen|bekritiseren|-1.0
w:woont|samenvatting|-1.0
w:woorden|parafrase|2.9
w:woorden|waarschuwen|0.95
w:woorden|geruststellen|-0.96
w:woorden|afleiden|-0.96
w:word|ik-boodschap|0.99
w:word|jij-boodschap|-0.96
w:word|moraliseren|-0.94
w:word|bekritiseren|-0.91
w:worden|parafrase|-0.99
w:worden|gevoelsreflectie|-0.93
w:worden|geruststellen|0.99
w:worden|vervolgafspraak|-0.9
w:wordt|parafrase|0.86
w:wordt|gevoelsreflectie|0.68
w:wordt|samenvatting|-0.94
w:wordt|bevelen|-0.97
w:wordt|waarschuwen|0.99
w:wordt|adviseren|0.94
w:wordt|interpreteren|0.81
w:wordt|geruststellen|-0.94
w:wordt|bedanken|0.99
w:yilmaz|parafrase|-0.99
w:youssef|afronding-aankondigen|-0.98
w:yusuf|open-vraag|-0.92
w:yusuf|interpreteren|-0.98
w:zag|aanmoediging|-0.99
w:zag|bevelen|-0.9
w:zag|vervolgafspraak|-0.99
w:zakken|samenvatting|0.96
w:zakt|ik-boodschap|0.93
w:zakt|jij-boodschap|-0.93
w:zakt|argumenteren|-0.93
w:zakt|bekritiseren|-0.93
w:zal|vervolgafspraak|0.98
w:zal|bedanken|-0.83
w:zat|aanmoediging|-0.99
w:zaterdag|open-vraag|-1.94
w:zaterdag|bekritiseren|-0.99
w:zaterdag|ondervragen|-0.99
w:zaterdag|afleiden|1.94
w:ze|jij-boodschap|-1.08
w:ze|parafrase|-1.05
w:ze|gevoelsreflectie|-1.89
w:ze|open-vraag|-0.11
w:ze|aanmoediging|-1.0
w:ze|waarschuwen|-1.0
w:ze|moraliseren|-2.91
w:ze|adviseren|0.75
w:ze|argumenteren|-0.86
w:ze|bekritiseren|-4.06
w:ze|etiketteren|-1.68
w:ze|interpreteren|0.12
w:ze|geruststellen|-0.99
w:ze|ondervragen|-0.94
w:ze|afleiden|-0.95
w:ze|afronding-aankondigen|-2.0
w:ze|bedanken|-0.3
w:zeg|gevoelsreflectie|-0.97
w:zeg|samenvatting|0.93
w:zeg|open-vraag|-0.99
w:zeg|bevelen|0.1
w:zeg|bekritiseren|-0.17
w:zeg|geruststellen|0.88
w:zeg|ondervragen|-0.99
w:zeg|afleiden|0.99
w:zeggen|parafrase|1.0
w:zeggen|gevoelsreflectie|-0.95
w:zeggen|moraliseren|-0.98
w:zeggen|adviseren|0.73
w:zeggen|interpreteren|-0.98
w:zeggen|afronding-aankondigen|-0.98
w:zeggen|vervolgafspraak|-1.0
w:zegt|jij-boodschap|-0.98
w:zegt|parafrase|2.67
w:zegt|gevoelsreflectie|-0.8
w:zegt|samenvatting|-2.88
w:zegt|open-vraag|-0.92
w:zegt|aanmoediging|0.8
w:zegt|bevelen|-1.93
w:zegt|waarschuwen|-0.99
w:zegt|moraliseren|-0.91
w:zegt|argumenteren|1.02
w:zegt|bekritiseren|-1.95
w:zegt|interpreteren|1.38
w:zegt|geruststellen|0.91
w:zegt|ondervragen|1.0
w:zegt|bedanken|-0.93
w:zei|jij-boodschap|-1.0
w:zei|aanmoediging|-1.0
w:zei|moraliseren|0.86
w:zei|argumenteren|-0.82
w:zei|bekritiseren|-1.0
w:zei|interpreteren|-1.0
w:zeker|prijzen|0.83
w:zelf|jij-boodschap|1.36
w:zelf|samenvatting|-0.95
w:zelf|open-vraag|0.95
w:zelf|bevelen|1.65
w:zelf|bekritiseren|2.2
w:zelf|interpreteren|0.13
w:zelf|geruststellen|-0.85
w:zelf|vervolgafspraak|-0.83
w:zenuwachtig|ik-boodschap|-0.97
w:zenuwachtig|jij-boodschap|-0.96
w:zenuwachtig|parafrase|-1.0
w:zenuwachtig|open-vraag|1.0
w:zenuwachtig|geruststellen|0.9
w:zenuwachtig|afleiden|-0.9
w:zenuwachtig|vervolgafspraak|-1.0
w:zes|parafrase|-0.92
w:zesde|afronding-aankondigen|0.95
w:zet|gevoelsreflectie|-0.83
w:zet|open-vraag|-0.93
w:zet|adviseren|0.84
w:zet|ondervragen|-0.84
w:zetten|afronding-aankondigen|0.87
w:zetten|vervolgafspraak|-0.96
w:zetten|bedanken|-0.96
w:zich|ik-boodschap|-1.93
w:zich|jij-boodschap|0.31
w:zich|parafrase|-1.87
w:zich|gevoelsreflectie|0.19
w:zich|samenvatting|-0.1
w:zich|aanmoediging|-0.99
w:zich|bevelen|1.89
w:zich|adviseren|-0.92
w:zich|argumenteren|-1.09
w:zich|bekritiseren|1.86
w:zich|prijzen|-0.98
w:zich|etiketteren|-0.98
w:zich|interpreteren|0.92
w:zich|afleiden|-0.99
w:zich|vervolgafspraak|1.88
w:zich|bedanken|-0.29
w:zie|ik-boodschap|0.13
w:zie|parafrase|-0.99
w:zie|gevoelsreflectie|0.97
w:zie|samenvatting|-1.0
w:zie|open-vraag|1.0
w:zie|bevelen|0.83
w:zie|waarschuwen|-1.0
w:zie|adviseren|-0.83
w:zie|bekritiseren|-2.32
w:zie|prijzen|-0.97
w:zie|afronding-aankondigen|0.88
w:zie|vervolgafspraak|1.93
w:zie|bedanken|1.71
w:ziek|jij-boodschap|-0.96
w:ziek|aanmoediging|-1.0
w:ziek|bevelen|0.74
w:ziek|moraliseren|0.98
w:ziek|adviseren|-1.0
w:ziek|argumenteren|-0.99
w:ziek|etiketteren|-0.93
w:ziek|interpreteren|-0.93
w:ziek|ondervragen|1.0
w:ziekmelding|ik-boodschap|0.98
w:ziekmelding|waarschuwen|-0.83
w:ziekte|samenvatting|0.95
w:ziekte|afronding-aankondigen|0.95
w:ziekte|bedanken|0.84
w:zien|ik-boodschap|1.6
w:zien|jij-boodschap|-1.95
w:zien|samenvatting|-0.82
w:zien|open-vraag|0.99
w:zien|argumenteren|0.96
w:zien|bekritiseren|-0.18
w:ziens|bedanken|0.94
w:ziet|ik-boodschap|-0.85
w:ziet|parafrase|-0.9
w:ziet|gevoelsreflectie|-0.96
w:ziet|open-vraag|0.97
w:ziet|argumenteren|0.92
w:ziet|bekritiseren|-1.58
w:ziet|prijzen|1.0
w:ziet|afleiden|-0.99
w:zij|adviseren|-0.7
w:zijn|ik-boodschap|0.8
w:zijn|jij-boodschap|-2.07
w:zijn|parafrase|-2.02
w:zijn|gevoelsreflectie|-0.86
w:zijn|open-vraag|-2.91
w:zijn|aanmoediging|-0.99
w:zijn|bevelen|-0.89
w:zijn|waarschuwen|0.81
w:zijn|adviseren|-0.8
w:zijn|argumenteren|-1.88
w:zijn|bekritiseren|-1.66
w:zijn|prijzen|-0.97
w:zijn|etiketteren|-0.97
w:zijn|interpreteren|-1.99
w:zijn|geruststellen|-0.96
w:zijn|afleiden|-0.22
w:zijn|afronding-aankondigen|-1.0
w:zin|jij-boodschap|1.48
w:zin|bevelen|1.0
w:zin|adviseren|-0.7
w:zin|bekritiseren|0.8
w:zit|ik-boodschap|0.15
w:zit|jij-boodschap|0.21
w:zit|parafrase|-0.92
w:zit|samenvatting|-0.81
w:zit|open-vraag|-0.98
w:zit|bevelen|-0.94
w:zit|waarschuwen|0.97
w:zit|adviseren|-0.98
w:zit|argumenteren|-1.0
w:zit|bekritiseren|2.3
w:zit|prijzen|-0.97
w:zit|etiketteren|-1.0
w:zit|interpreteren|-0.95
w:zit|geruststellen|-0.92
w:zit|afleiden|-0.94
w:zit|afronding-aankondigen|-1.0
w:zit|vervolgafspraak|0.96
w:zitten|jij-boodschap|0.96
w:zitten|parafrase|-1.73
w:zitten|aanmoediging|-0.94
w:zitten|bevelen|2.34
w:zitten|waarschuwen|0.98
w:zitten|moraliseren|-1.0
w:zitten|argumenteren|1.0
w:zitten|bekritiseren|0.95
w:zitten|afronding-aankondigen|-1.92
w:zitten|bedanken|0.13
w:zo|jij-boodschap|-0.51
w:zo|parafrase|-1.99
w:zo|gevoelsreflectie|-1.75
w:zo|samenvatting|-1.92
w:zo|bevelen|-2.89
w:zo|moraliseren|-0.95
w:zo|adviseren|-1.11
w:zo|argumenteren|-1.11
w:zo|bekritiseren|-1.19
w:zo|prijzen|0.94
w:zo|etiketteren|0.16
w:zo|interpreteren|1.1
w:zo|geruststellen|-0.1
w:zo|ondervragen|-1.85
w:zo|afleiden|0.82
w:zo|vervolgafspraak|-1.78
w:zo|bedanken|0.54
w:zo'n|jij-boodschap|-1.0
w:zo'n|samenvatting|-0.9
w:zo'n|waarschuwen|0.94
w:zo'n|bekritiseren|1.66
w:zo'n|prijzen|3.8
w:zo'n|etiketteren|1.86
w:zo'n|interpreteren|-1.0
w:zo'n|geruststellen|-0.99
w:zo'n|ondervragen|-0.91
w:zoeken|open-vraag|-1.0
w:zoeken|adviseren|1.0
w:zoekt|jij-boodschap|-0.96
w:zoekt|bevelen|-1.0
w:zoekt|bekritiseren|-0.94
w:zoekt|ondervragen|-1.0
w:zomer|open-vraag|-0.9
w:zomer|afleiden|0.9
w:zomer|vervolgafspraak|-0.9
w:zondag|bevelen|-0.92
w:zondag|moraliseren|-0.78
w:zondag|adviseren|0.91
w:zonde|ik-boodschap|0.89
w:zonde|afronding-aankondigen|-0.98
w:zonde|vervolgafspraak|0.92
w:zonder|open-vraag|0.92
w:zonder|argumenteren|0.87
w:zonder|bekritiseren|0.74
w:zonder|afronding-aankondigen|-0.98
w:zonder|vervolgafspraak|-0.96
w:zoon|open-vraag|-0.97
w:zoon|bekritiseren|-0.46
w:zoon|geruststellen|-0.98
w:zorg|bevelen|0.95
w:zorg|moraliseren|-0.93
w:zorgcoordinator|afronding-aankondigen|0.8
w:zorgcoördinator|ik-boodschap|-0.98
w:zorgcoördinator|samenvatting|0.9
w:zorgcoördinator|argumenteren|-0.94
w:zorgcoördinator|afronding-aankondigen|-0.95
w:zorgcoördinator|vervolgafspraak|1.04
w:zorgelijk|samenvatting|-0.98
w:zorgelijk|bekritiseren|-0.98
w:zorgen|parafrase|-1.0
w:zorgen|samenvatting|-1.01
w:zorgen|argumenteren|-1.95
w:zorgen|bekritiseren|-0.8
w:zorgen|interpreteren|-0.93
w:zorgen|geruststellen|-0.19
w:zorgen|afleiden|-0.99
w:zorgpunten|argumenteren|-0.97
w:zorgt|jij-boodschap|0.99
w:zorgt|bevelen|1.0
w:zorgt|argumenteren|-1.0
w:zorgt|bekritiseren|0.99
w:zorgt|prijzen|0.98
w:zorgt|afronding-aankondigen|-1.0
w:zou|jij-boodschap|-1.0
w:zou|gevoelsreflectie|0.88
w:zou|open-vraag|2.03
w:zou|bevelen|-0.99
w:zou|moraliseren|1.72
w:zou|adviseren|4.05
w:zou|bekritiseren|0.94
w:zou|geruststellen|-1.0
w:zou|vervolgafspraak|-0.96
w:zoveel|moraliseren|-0.94
w:zoveel|adviseren|-1.0
w:zoveel|argumenteren|1.0
w:zoveel|prijzen|-1.0
w:zoveel|interpreteren|0.98
w:zoveel|geruststellen|0.94
w:zoë|ik-boodschap|0.83
w:zoë|open-vraag|0.93
w:zulke|parafrase|-0.89
w:zulke|argumenteren|-0.98
w:zulke|bekritiseren|-1.94
w:zulke|prijzen|0.98
w:zulke|geruststellen|-0.99
w:zulke|afleiden|0.99
w:zullen|open-vraag|-0.98
w:zullen|adviseren|-0.85
w:zullen|argumenteren|-1.0
w:zullen|ondervragen|-0.83
w:zullen|afleiden|0.8
w:zullen|afronding-aankondigen|-0.95
w:zullen|vervolgafspraak|1.74
w:zult|jij-boodschap|-0.91
w:zus|jij-boodschap|-0.98
w:zus|ondervragen|-0.98
w:zwaar|ik-boodschap|0.84
w:zwaar|gevoelsreflectie|0.95
w:zwaar|aanmoediging|-0.98
w:zwaar|moraliseren|-0.94
w:zwaar|afleiden|1.8
w:zwart|argumenteren|0.93
w:één|ik-boodschap|-0.13
w:één|open-vraag|0.95
w:één|bevelen|-0.24
w:één|waarschuwen|2.0
"""#
}
