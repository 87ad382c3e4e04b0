// The Chart.js side of `make bench`: 8 charts of the same report, drawn with Chart.js
// (no animation, responsive), so the story page's wasm charts have something to be
// compared with. It sets the same signals as the story page: the performance marks
// `first-chart` and `charts-ready` and `document.documentElement.dataset.chartsReady`.
/* global Chart */
(async () => {
  const FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif";
  const INK = '#1a1a1a';
  const MUTED = '#6b6b6b';
  const BAR = '#2f6db5';
  const ACCENT = '#c8402b';

  const report = await (await fetch('data/xihu-2024.json')).json();
  const figures = new Map(report.figures.map((f) => [f.id, f]));
  // The 8 charts this page has always drawn, so that runs stay comparable: those the
  // story page no longer draws (their figures stand in its text) are kept here, as the
  // data file had them before issue 19.
  const KEPT = {
    'digital-innovation': { title: { zh: '数字经济核心企业新增47家，达236家' }, subtitle: { zh: '单位见各项，2024年' }, accent: 'digital-core-firms', figures: ['producer-services-firms', 'park-tenants', 'digital-core-firms', 'rd-spending', 'high-tech-firms', 'tech-contracts'] },
    'office-buildings': { title: { zh: '楼宇入驻率提升2.9个百分点，达83.46%' }, subtitle: { zh: '单位见各项，2024年' }, accent: 'building-occupancy', figures: ['themed-buildings', 'buildings-renovated', 'billion-yuan-buildings', 'building-firms', 'large-buildings', 'building-occupancy'] },
    'safety-fixes': { title: { zh: '整治C级危房307栋、D级177栋' }, subtitle: { zh: '单位：栋、处，2024年' }, accent: 'class-c-buildings', figures: ['class-c-buildings', 'class-d-buildings', 'facade-hazards'] },
    'infrastructure': { title: { zh: '新增停车泊位2.1万余个' }, subtitle: { zh: '单位见各项，2024年' }, accent: 'parking-spaces-added', figures: ['lifts', 'shared-parking-buildings', 'shared-parking-estates', 'shared-parking-spaces', 'new-car-parks', 'upgraded-parking', 'parking-spaces-added'] },
    'street-repairs': { title: { zh: '维修路灯4353盏，修复道路空洞3600余处' }, subtitle: { zh: '单位：盏、处、座，2024年' }, accent: 'streetlights', figures: ['streetlights', 'cable-faults', 'bridges', 'road-voids'] },
  };
  const chartOf = (id) => {
    const c = KEPT[id] ? { id, ...KEPT[id] } : report.charts.find((x) => x.id === id);
    if (!c) throw new Error(`data/xihu-2024.json has no chart ${id}`);
    return { ...c, figures: c.figures.map((f) => figures.get(f)) };
  };

  Chart.defaults.font.family = FONT;
  Chart.defaults.color = MUTED;
  Chart.defaults.animation = false;

  const titles = (c) => ({
    title: { display: true, text: c.title.zh, align: 'start', color: INK, font: { size: 20, weight: 'bold' } },
    subtitle: { display: true, text: c.subtitle.zh, align: 'start', color: MUTED, font: { size: 14 }, padding: { bottom: 12 } },
    legend: { display: false },
  });

  /** Horizontal bars of `value(figure)`, labelled with `label(figure)`. */
  const bars = (c, value, label = (f) => f.label.zh) => ({
    type: 'bar',
    data: {
      labels: c.figures.map(label),
      datasets: [{
        data: c.figures.map(value),
        backgroundColor: c.figures.map((f) => (f.id === c.accent ? ACCENT : BAR)),
      }],
    },
    options: {
      indexAxis: 'y',
      aspectRatio: 2.4,
      plugins: titles(c),
      scales: { x: { beginAtZero: true, grid: { color: '#e5e5e5' } }, y: { grid: { display: false }, ticks: { color: INK } } },
    },
  });

  const withUnit = (f) => `${f.label.zh}（${f.unit.zh}）`;
  const amount = (f) => f.value ?? 0;

  /** One ring per share, inside one another. */
  const doughnuts = (c) => ({
    type: 'doughnut',
    data: {
      labels: ['', ''],
      datasets: c.figures.map((f, i) => ({
        label: f.label.zh,
        data: [f.value, Math.max(0, 100 - f.value)],
        backgroundColor: [i === 0 ? ACCENT : BAR, '#e5e5e5'],
      })),
    },
    options: { aspectRatio: 2.4, cutout: '45%', plugins: titles(c) },
  });

  const CHARTS = [
    ['growth', (c) => bars(c, (f) => f.change?.value ?? 0)],
    ['key-amounts', (c) => bars(c, amount)],
    ['safety-fixes', (c) => bars(c, amount, withUnit)],
    ['street-repairs', (c) => bars(c, amount, withUnit)],
    ['air-water', doughnuts],
    ['infrastructure', (c) => bars(c, amount, withUnit)],
    ['digital-innovation', (c) => bars(c, amount, withUnit)],
    ['office-buildings', (c) => bars(c, amount, withUnit)],
  ];

  const root = document.getElementById('charts');
  let drawn = 0;
  for (const [id, config] of CHARTS) {
    const figure = document.createElement('figure');
    figure.dataset.chart = id;
    const plot = document.createElement('div');
    plot.className = 'plot';
    const canvas = document.createElement('canvas');
    plot.append(canvas);
    figure.append(plot);
    root.append(figure);
    // Without animation, Chart.js draws in its constructor.
    new Chart(canvas, config(chartOf(id)));
    drawn += 1;
    if (drawn === 1) performance.mark('first-chart');
  }
  document.documentElement.dataset.chartsReady = String(drawn);
  performance.mark('charts-ready');
})().catch((e) => {
  document.documentElement.dataset.chartsReady = '0';
  document.documentElement.dataset.chartsError = String(e && e.message ? e.message : e);
});
