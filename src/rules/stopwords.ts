// Function words of the languages news pages are most often written in. Prose is full of them;
// menus, headline lists and tag clouds are not, which makes their share a cheap, language-aware
// signal of running text (jusText's main feature). Lower-case; checked against lower-cased words.
const LISTS: Record<string, string> = {
  en: 'a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself also said says after its it\'s he\'s she\'s that\'s there\'s they\'re we\'re',
  es: 'el la los las un una unos unas y o de del al en que por para con sin se su sus es son fue era como pero más muy ya lo le les este esta estos estas ese esa también cuando donde hay',
  pt: 'o a os as um uma uns umas e ou de do da dos das no na nos nas em que por para com sem se seu sua seus suas é são foi era como mas mais muito já lo lhe este esta isso esse essa também quando onde há ao à',
  fr: 'le la les un une des et ou de du au aux en que qui par pour avec sans se son sa ses est sont était comme mais plus très déjà ce cette ces il elle ils elles nous vous on dans sur pas ne',
  de: 'der die das den dem des ein eine einen einem einer und oder von zu mit für auf ist sind war wie aber mehr sehr schon dieser diese dieses er sie es wir ihr nicht im in am an auch dass als bei nach',
  it: 'il lo la i gli le un uno una e o di del della dei delle da in che per con senza si suo sua è sono era come ma più molto già questo questa nel nella non anche',
  id: 'yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau kita kami mereka ada karena oleh sebagai bisa sudah saja',
  ru: 'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему когда даже ну ли если уже или ни быть был него до вас там потом себя ей может они тут где есть надо ней для мы их чем была сам без чего раз тоже себе под будет тогда кто этот того потому этого какой это этом почти тем чтобы при об после над больше тот через эти нас про всего них много эту этой перед между также которые который которая которых',
  pl: 'i w na z do że się nie to jest o jak ale po co tak za od już przez dla jego jej ich oraz lub czy też być był była było są może który która które tym tego ten ta przy pod bez nad',
  tr: 've bir bu da de için ile gibi daha çok en ama ya olarak olan ise kadar sonra her şey değil var yok mi mı ne o şu bu ki',
  sv: 'och i att det som en på är av för med till den har de inte om ett han hon men var jag så från vi kan när efter också eller',
  nl: 'de het een en of van in op met voor aan is zijn was als maar meer zeer dit deze die dat er niet ook bij naar',
};

export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap((list) => list.split(' ')));
