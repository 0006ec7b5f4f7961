import Chart from 'chart.js/auto';

/**
 * <cbm-chart>: a Chart.js chart drawn from the JSON in its `spec` property (set by org.cbm.chart.Chart).
 * The canvas is an image for assistive technology, labelled with `summary`; the figures themselves are in the
 * table the Java component shows next to it. Right-to-left pages get mirrored axes and legends.
 */
class CbmChart extends HTMLElement {

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; min-height: 16rem; }
        .frame { position: relative; width: 100%; height: 100%; min-height: inherit; }
      </style><div class="frame"><canvas role="img"></canvas></div>`;
    this._canvas = root.querySelector('canvas');
    this._spec = null;
  }

  set spec(json) {
    this._spec = json ? JSON.parse(json) : null;
    this._render();
  }

  get spec() {
    return this._spec ? JSON.stringify(this._spec) : null;
  }

  set summary(text) {
    this._canvas.setAttribute('aria-label', text || '');
  }

  get summary() {
    return this._canvas.getAttribute('aria-label');
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._spec) {
      return;
    }
    const spec = this._spec;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const horizontal = spec.type === 'HORIZONTAL_BAR';
    const data = {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({ label: series.name, data: series.values }))
    };
    if (this._chart && this._chart.$cbmType === spec.type && this._chart.$cbmRtl === rtl) {
      this._chart.data = data;
      this._chart.options.scales[horizontal ? 'x' : 'y'].max = spec.max ?? undefined;
      this._chart.update('none');
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const categoryAxis = { type: 'category', title: axisTitle(spec.categoryTitle) };
    const valueAxis = {
      type: 'linear', beginAtZero: spec.type !== 'LINE', max: spec.max ?? undefined,
      title: axisTitle(spec.valueTitle)
    };
    // Mirror whichever axis runs across the page, and put the vertical axis on the reading side.
    const across = horizontal ? valueAxis : categoryAxis;
    const down = horizontal ? categoryAxis : valueAxis;
    across.reverse = rtl;
    down.position = rtl ? 'right' : 'left';
    this._chart = new Chart(this._canvas, {
      type: spec.type === 'LINE' ? 'line' : 'bar',
      data,
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        locale: spec.locale,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: spec.series.length > 1, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
          tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' }
        }
      }
    });
    this._chart.$cbmType = spec.type;
    this._chart.$cbmRtl = rtl;
  }
}

function axisTitle(text) {
  return { display: !!text, text: text || '' };
}

customElements.define('cbm-chart', CbmChart);
