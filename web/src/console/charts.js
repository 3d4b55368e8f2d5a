// Apache ECharts, only the parts the console draws (bar and pie charts on a canvas).
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './ui.js';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

const palette = ['#1f5fa8', '#d9822b', '#3f9b5f', '#b5473a', '#7a5fa8', '#5a8fa8'];

function mount(option, label) {
  const el = h('div', { class: 'chart', role: 'img', 'aria-label': label });
  // Drawn once the element is in the page (ECharts needs its size).
  requestAnimationFrame(() => {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({ color: palette, aria: { enabled: true }, textStyle: { fontFamily: 'inherit' }, ...option });
    chart.on('finished', () => el.setAttribute('data-drawn', 'true'));
    new ResizeObserver(() => chart.resize()).observe(el);
  });
  return el;
}

/** Grouped bars: categories on x, one series per { name, values }. */
export function bars(label, categories, series, { stack } = {}) {
  return mount({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 64 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack })),
  }, label);
}

export function pie(label, items) {
  return mount({
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: items, label: { formatter: '{b}\n{c}' } }],
  }, label);
}
