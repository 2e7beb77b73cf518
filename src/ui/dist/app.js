var xe,Ar,Gc,rn,no,ns,Mr,Xl,Dr,so,lo,Yc,Cl=Symbol.for("pv"),ls={},ss=[],Jc=/^m(i|n|o|s|text|space)$/,oo=Array.isArray,ro=ss.slice,An=Object.assign;function Tn(e){e&&e.parentNode&&e.remove()}function Pr(e,t,l){var n,s,o,i={},c=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e!="function"?s=t[o]:i[o]=t[o];return c>2&&(i.children=c>3?ro.call(arguments,2):l),xl(e,i,n,s,null)}function xl(e,t,l,n,s){var o={type:e,props:t,key:l,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Cl,__v:s||++Ar,__i:-1,__u:0};return!s&&xe.vnode&&xe.vnode(o),o}function os(e){return e.children}function es(e,t){this.props=e,this.context=t,this.__g=0}function an(e,t){if(t==null)return e.__&&an(e.__,e.__i+1);for(var l;t<e.__k.length;t++)if((l=e.__k[t])&&l.__e)return l.__e;return typeof e.type!="function"||e.props.__P?null:an(e)}function Kc(e){var t,l=e.__v,n=l.__e,s=[],o=[],i=e.__P;i&&((t=An({constructor:Cl},l)).__v=l.__v+1,xe.vnode&&xe.vnode(t),io(i,t,l,e.__n,i.namespaceURI,32&l.__u?[n]:null,s,n||an(l),32&l.__u,o),t.__v=l.__v,t.__.__k[t.__i]=t,Fr(s,t,o),l.__=l.__e=null,t.__e!=n&&Lr(t))}function Lr(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Lr(e)}function Er(e){(8&e.__g||(e.__g|=8,rn.push(e),ns++))&&no==xe.debounceRendering||((no=xe.debounceRendering)||queueMicrotask)(Rr)}function Rr(){try{for(var e,t=1;rn.length;)rn.length>t&&rn.sort(Mr),e=rn.shift(),t=rn.length,8&e.__g&&Kc(e)}finally{(ns=rn.length)&&(no||queueMicrotask)(Rr)}}function Ir(e,t,l,n,s,o,i,c,u,h,f){var $,_,m,v,A,E,k=n.__k||ss,y=t.length;for(u=qc(l,t,k,u,y),$=0;$<y;$++)(m=l.__k[$])!=null&&(_=~m.__i&&k[m.__i]||ls,m.__i=$,E=io(e,m,_,s,o,i,c,u,h,f),v=m.__e,(_.ref!=m.ref||8&_.__u)&&(_.ref&&ao(_.ref,null,m,_),m.ref&&f.push(m.ref,m.__c||v,m)),A=A||v,4&m.__u?(u=Nr(m,u,e,!_.__v),_.__e&&(_.__e=null)):typeof m.type=="function"&&E!==void 0?u=E:v&&(u=v.nextSibling),m.__u&=-21);return l.__e=A,u}function qc(e,t,l,n,s){var o,i,c,u,h,f,$,_,m,v=l.length,A=v,E=0,k=0,y=e.__k=Array(s);for(o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=y[o]=xl(null,i):oo(i)?i=y[o]=xl(os,{children:i}):i.constructor===Cl&&i.__b?i=y[o]=xl(i.type,i.props,i.key,i.ref,i.__v):y[o]=i,u=o+E,i.__=e,i.__b=e.__b+1,c=null,~(h=i.__i=Zc(i,l,u,A))&&(A--,(c=l[h])&&(c.__u|=2)),c&&c.__v?(i.__u|=16,h==u-1?E--:h==u+1?E++:h!=u&&(h>u?E--:E++,k=1)):(~h||(s>v?E--:s<v&&E++),typeof i.type!="function"&&(i.__u|=4))):y[o]=null;if(k){for(f=[],$=[],o=0;o<s;o++)if((i=y[o])&&16&i.__u){for(E=0,_=f.length;E<_;)f[m=E+_>>1]<i.__i?E=m+1:_=m;f[E]=i.__i,$[o]=E+1}for(E=f.length;o--;)$[o]&&($[o]==E?E--:y[o].__u|=4)}if(A)for(o=0;o<v;o++)!(c=l[o])||2&c.__u||(c.__e==n&&(n=an(c)),co(c,c));return n}function Nr(e,t,l,n){var s,o,i,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(o=0;o<s.length;o++)s[o]&&(s[o].__=e,t=Nr(s[o],t,l,!1));return t}for(t&&!t.parentNode&&(t=an(e))&&!t.parentNode&&(t=null),i=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(i!=c&&(!n&&l.moveBefore&&i.parentNode?l.moveBefore(i,t):l.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Zc(e,t,l,n){var s,o=e.key,i=e.type,c=t[l],u=c&&!(2&c.__u);if(c===null&&o==null||u&&o==c.key&&i==c.type)return l;if(n>(u?1:0)){for(s=l-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&o==c.key&&i==c.type)return s;for(s=l+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&o==c.key&&i==c.type)return s}return-1}function Tr(e,t,l){l==null&&(l=""),t[0]=="-"?e.setProperty(t,l):e[t]=l}function Ql(e,t,l,n,s){var o,i;if(t=="style")if(typeof l=="string")e.style.cssText=l;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)l&&t in l||Tr(e.style,t);if(l)for(t in l)n&&l[t]==n[t]||Tr(e.style,t,l[t])}else if(t[0]=="o"&&t[1]=="n")typeof l!="function"&&(l=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=l,l&&n||(i=lo[t]||(lo[t]=Qc(t)),(e.__a||(e.__a={}))[t]=so,o=t!=(t=t.replace(Dr,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),l?e.addEventListener(t,i,o):e.removeEventListener(t,i,o));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=l??"")}catch{}if(typeof l=="function")return;l==null||l===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&l==1?"":l)}}function Qc(e){return function(t){var l=this.__e;if(l){if(l=l[e],t[Xl]==null)t[Xl]=so++;else if(t[Xl]<this.__a[e])return;return l(xe.event?xe.event(t):t)}}}function io(e,t,l,n,s,o,i,c,u,h){var f,$,_,m,v,A,E,k,y,S,x,U,L,Y,R,K,z,C,H=t.type;if(t.constructor!==Cl)return null;128&l.__u&&(u=32&l.__u,f=l.__c.__z)&&(t.__u|=u,$=o=[],f.nodeType==8?c=ts(f,o):o.push(f),c=o[0]||c),(f=xe.__b)&&f(t);e:if(typeof H=="function"){_=i.length;try{if(k=t.props,y=(f=H.prototype)&&f.render,S=(f=H.contextType)&&n[f.__c],x=f?S?S.props.value:f.__:n,(m=l.__c)?(t.__c=m,2&m.__g&&(m.__g|=1)):(y?t.__c=m=new H(k,x):(t.__c=m=new es(k,x),m.constructor=H,m.render=eu),S&&S.sub(m),m.state||(m.state={}),m.__n=n,m.__g|=8,m.__h=[],m.__k=[]),y&&(m.__s||(m.__s=m.state),H.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=An({},m.__s)),An(m.__s,H.getDerivedStateFromProps(k,m.__s)))),v=m.props,A=m.state,m.__v=t,l.__c){if(k!==v&&y&&!H.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(k,x),t.__v==l.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(k,m.__s,x)===!1){t.__v!=l.__v&&(m.props=k,m.state=m.__s,m.__g&=-9),t.__e=l.__e,t.__k=l.__k,t.__k.some(function(I){I&&(I.__=t)}),ss.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&i.push(m),c=an(l);break e}m.componentWillUpdate&&m.componentWillUpdate(k,m.__s,x),y&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(v,A,E)})}else y&&!H.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),y&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=x,m.props=k,m.__P=e,m.__g&=-5,U=xe.__r,L=y?25:0;do m.__g&=-9,U&&U(t),f=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++L<25);y&&(ss.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(n=An({},n,m.getChildContext())),y&&l.__c&&m.getSnapshotBeforeUpdate&&(E=m.getSnapshotBeforeUpdate(v,A)),Y=f&&f.type===os&&f.key==null?f.props.children:f,k.__P&&(f=c,s=(e=k.__P).namespaceURI,u=o=null,l.props&&l.props.__P!=e&&(l.__k.some(function(I){I&&co(I,I)}),l.__k=null),c=l.__k?an(l,0):null),c=Ir(e,oo(Y)?Y:[Y],t,l,n,s,o,i,c,u,h),k.__P&&(t.__e=null,c=f),t.__u&=-161,$&&$.some(Tn),m.__h.length&&i.push(m),1&m.__g&&(m.__g&=-4)}catch(I){if(i.length=_,t.__v=null,u||o)if(I&&I.then){if(t.__u|=128|u,o){for(~(z=o.indexOf(c||void 0))||(z=o.length);(C=o[z-1])&&C.nodeType==8;)z--;for(;z<o.length;z++)if(C=o[z])if(o[z]=null,R){if(C==K)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(K=ts(R=C))}}if(!R){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;R=c}(f=ts(R=t.__c.__z||(t.__c.__z=R)))?(t.__e=R,c=f):t.__e=c,c=c&&c.nextSibling}else o&&o.some(Tn);else t.__e=l.__e;t.__k||(t.__k=l.__k||[]),I&&I.then||Or(t),xe.__e(I,t,l)}}else c=t.__e=Xc(l.__e,t,l,n,s,o,i,u,h,e);return(f=xe.diffed)&&f(t),c}function ts(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var l=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))l++;else if(e.data.startsWith("/$s")&&!--l)return e}t&&t.push(e)}}function Or(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Or))}function Fr(e,t,l){for(var n=0;n<l.length;)ao(l[n++],l[n++],l[n++]);xe.__c&&xe.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){xe.__e(o,s.__v)}})}function Xc(e,t,l,n,s,o,i,c,u,h){var f,$,_,m,v,A,E,k,y=l.props||ls,S=t.props,x=t.type;if(x=="svg"?s="http://www.w3.org/2000/svg":x=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o){for(f=0;f<o.length;f++)if((v=o[f])&&(x?v.localName==x:v.nodeType==3)){e=v,o[f]=null;break}}if(!e){if(k=h.ownerDocument||document,!x)return k.createTextNode(S);e=k.createElementNS(s,x,S.is?S:h),c&&(xe.__m&&xe.__m(t,o),c=!1),o=null}if(x){if(h=x=="template"&&e.content||e,o=x=="textarea"&&S.defaultValue!=null?null:o&&ro.call(h.childNodes),!c&&o)for(y={},f=0;f<e.attributes.length;f++)y[(v=e.attributes[f]).name]=v.value;for(f in y)v=y[f],f=="dangerouslySetInnerHTML"?_=v:f=="children"||f in S||f=="value"&&"defaultValue"in S||f=="checked"&&"defaultChecked"in S||Ql(e,f,null,v,s);for(f in S)v=S[f],f=="children"?m=v:f=="dangerouslySetInnerHTML"?$=v:f=="value"?A=v:f=="checked"?E=v:c&&typeof v!="function"||y[f]===v||Ql(e,f,v,y[f],s);$?(c||_&&($.__html==_.__html||$.__html==e.innerHTML)||(e.innerHTML=$.__html),t.__k=[]):(_&&(e.textContent=""),(x=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Jc.test(x))&&(s="http://www.w3.org/1999/xhtml"),Ir(h,oo(m)?m:[m],t,l,n,s,o,i,o?o[0]:l.__k&&an(l,0),c,u),o&&o.some(Tn)),c&&x!="textarea"||(f="value",x=="progress"&&A==null?e.removeAttribute(f):A==null||A===e[f]&&(x!="progress"||A)||Ql(e,f,A,y[f],s),f="checked",E!=null&&E!=e[f]&&Ql(e,f,E,y[f],s))}else y===S||c&&e.data==S||(e.data=S);return e}function ao(e,t,l,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){xe.__e(s,l)}}function co(e,t,l){var n,s,o,i;if(xe.unmount&&xe.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||ao(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){xe.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(i=0;i<n.length;i++)n[i]&&co(n[i],t,typeof e.type!="function"||l&&!e.props.__P);!l&&(n=e.__c)&&(n=n.__z)&&(s=ts(n,o=[]))&&(n==e.__e&&o.some(Tn),Tn(s),Tn(n)),l||Tn(e.__e),e.__e=e.__c=e.__=null}function eu(e,t,l){return this.constructor(e,l)}function Vr(e,t){var l,n,s,o;xe.__&&xe.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(l=e&&32&e.__u)?null:t.__k,t.__k=xl(os,{children:[e]}),s=[],o=[],io(t,t.__k,n||ls,ls,t.namespaceURI,n?null:t.firstChild?ro.call(t.childNodes):null,s,n?n.__e:t.firstChild,l,o),Fr(s,t.__k,o),t.__k.props.children=null}xe={__e:function(e,t,l,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((i=(o=s.constructor)&&o.getDerivedStateFromError)&&s.setState(o.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),i=1),i&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw ns=0,e}},Ar=0,Gc=function(e){return e!=null&&e.constructor===Cl},es.prototype.setState=function(e,t){var l=this.__s;l&&l!=this.state||(l=this.__s=An({},this.state)),typeof e=="function"&&(e=e(An({},l),this.props)),e&&(An(l,e),this.__v&&(t&&this.__k.push(t),Er(this)))},es.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Er(this))},es.prototype.render=os,rn=[],ns=0,Mr=function(e,t){return e.__v.__b-t.__v.__b},Xl=Symbol(),Dr=/(PointerCapture)$|Capture$/i,so=0,lo={},Yc=0;var Ur=function(e,t,l,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],c=t[o]?(t[0]|=i?1:2,l[t[o++]]):t[++o];i===3?n[0]=c:i===4?n[1]=Object.assign(n[1]||{},c):i===5?(n[1]=n[1]||{})[t[++o]]=c:i===6?n[1][t[++o]]+=c+"":i?(s=e.apply(c,Ur(e,c,l,["",null])),n.push(s),c[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(c)}return n},Hr=new Map;function zr(e){var t=Hr.get(this);return t||(t=new Map,Hr.set(this,t)),(t=Ur(this,t.get(e)||(t.set(e,t=function(l){for(var n,s,o=1,i="",c="",u=[0],h=function(_){o===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):o===3&&(_||i)?(u.push(3,_,i),o=2):o===2&&i==="..."&&_?u.push(4,_,0):o===2&&i&&!_?u.push(5,0,!0,i):o>=5&&((i||!_&&o===5)&&(u.push(o,0,i,s),o=6),_&&(u.push(o,_,0,s),o=6)),i=""},f=0;f<l.length;f++){f&&(o===1&&h(),h(f));for(var $=0;$<l[f].length;$++)n=l[f][$],o===1?n==="<"?(h(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:c?n===c?c="":i+=n:n==='"'||n==="'"?c=n:n===">"?(h(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||l[f][$+1]===">")?(h(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(h(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return h(),u}(e)),t),arguments,[])).length>1?t:t[0]}var nu=zr,g=nu.bind(Pr);var Tl,ze,uo,Wr,fo=Object.is,rs=0,Qr=[],po=[],Fe=xe,jr=Fe.__b,Br=Fe.__r,Gr=Fe.diffed,Yr=Fe.__c,Jr=Fe.unmount,Kr=Fe.__;function mo(e,t){Fe.__h&&Fe.__h(ze,e,rs||t),rs=0;var l=ze.__H||(ze.__H={__:[],__h:[]});return e>=l.__.length&&l.__.push({}),l.__[e]}function M(e){return rs=1,lu(ei,e)}function lu(e,t,l){var n=mo(Tl++,2);if(n.t=e,!n.__c&&(n.__=[l?l(t):ei(void 0,t),function(o){var i=(n.__N||n.__)[0],c=n.t(i,o);fo(i,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=ze,!ze.__f)){ze.__f=!0;var s=ze.shouldComponentUpdate;ze.shouldComponentUpdate=function(o,i,c){var u=this.__H;if(!u)return!0;var h=!1,f=this.props!=o;if(u.__.some(function(_){_.__N&&(h=!0,fo(_.__[0],_.__N[0])||(f=!0))}),s){var $=s.call(this,o,i,c);return h?$||f:$}return!h||f}}return n.__}function ee(e,t){var l=mo(Tl++,3);!Fe.__s&&Xr(l.__H,t)&&(l.__P=!0,l.__=e,l.u=t,ze.__H.__h.push(l))}function cn(e){return rs=5,go(function(){return{current:e}},[])}function go(e,t){var l=mo(Tl++,7);return Xr(l.__H,t)&&(l.__=e(),l.__H=t),l.__}function su(){var e;do{for(;e=po.shift();)try{El(e)}catch(l){Fe.__e(l,{__:(e=e.__P)&&e.__v})}for(;e=Qr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(El),t.__h.some(ho),t.__h=[]}catch(l){t.__h=[],Fe.__e(l,e.__v)}}}while(po.length)}Fe.__b=function(e){ze=null,jr&&jr(e)},Fe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Kr&&Kr(e,t)},Fe.__r=function(e){Br&&Br(e),Tl=0;var t=(ze=e.__c).__H;t&&(uo==ze?ze.__h=[]:(t.__h.some(El),t.__h.some(ho),Tl=0),t.__h=[],t.__.some(function(l){l.__N&&(l.__=l.__N),l.u=l.__N=void 0})),uo=ze},Fe.diffed=function(e){Gr&&Gr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Zr(Qr.push(t)),t.__H.__.some(function(l){l.u&&(l.__H=l.u)})),uo=ze=null},Fe.__c=function(e,t){t.some(function(l){try{l.__h.some(El),l.__h=l.__h.filter(function(n){return!n.__||ho(n)})}catch(n){l.__h=[function(){throw n}]}}),Yr&&Yr(e,t)},Fe.unmount=function(e){Jr&&Jr(e);var t,l,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(l===void 0){for(l=e.__;l&&(!l.__c||!l.__c.__P);)l=l.__;l=l&&l.__c}s.__P=l,Zr(po.push(s))}else El(s)}catch(o){t=o}}),n.__H=void 0,t&&Fe.__e(t,n.__v))};var qr=typeof requestAnimationFrame=="function";function ou(e){var t,l=function(){clearTimeout(n),qr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(l,35);qr&&(t=requestAnimationFrame(l))}function Zr(e){e!=1&&Wr==Fe.requestAnimationFrame||((Wr=Fe.requestAnimationFrame)||ou)(su)}function El(e){var t=ze,l=e.__c;typeof l=="function"&&(e.__c=void 0,l()),ze=t}function ho(e){var t=ze;e.__c=e.__(),ze=t}function Xr(e,t){return!e||e.length!=t.length||t.some(function(l,n){return!fo(l,e[n])})}function ei(e,t){return typeof t=="function"?t(e):t}var Ml,ti=()=>{},un=class extends Error{status;code;constructor(t,l,n){super(n),this.status=t,this.code=l}};function ni(e){ti=e}function li(e,t={}){let l=new URLSearchParams;for(let[s,o]of Object.entries(t))o!=null&&o!==""&&l.set(s,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function $o(e,t,l){let n={};l!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&Ml&&(n["x-switchboard-csrf"]=Ml);let s=await fetch(`/api/v1${t}`,{method:e,headers:n,credentials:"same-origin",...l!==void 0?{body:JSON.stringify(l)}:{}});if(!s.ok){let o="http_error",i=`${s.status} ${s.statusText}`;try{let c=await s.json();o=c?.error?.code??o,i=c?.error?.message??i}catch{}throw s.status===401&&t!=="/login"&&ti(),new un(s.status,o,i)}return s}async function me(e,t,l){return await(await $o(e,t,l)).json()}var pe=(e,t)=>me("GET",li(e,t));async function Mn(e,t){return(await(await $o("GET",li(e,t))).text()).split(`
`).filter(s=>s.trim()!=="").map(s=>JSON.parse(s))}async function si(e){let t=await me("POST","/login",{credential:e});return Ml=t.csrfToken,t.identity}async function oi(){let e=await me("GET","/login");return Ml=e.csrfToken,e.identity??void 0}var Al;async function ri(){if(Al)return Al;let t=await(await fetch("/api/v1/openapi.json",{credentials:"same-origin"})).json();return Al=new Set(Object.entries(t.paths).flatMap(([l,n])=>Object.keys(n).map(s=>`${s.toUpperCase()} ${l.replace(/^\/api\/v1/,"")}`))),Al}function pt(e){return Al?.has(e)??!1}async function ii(){await $o("POST","/logout"),Ml=void 0}var is=class{#e;#t=new Set;constructor(t){this.#e=t}get value(){return this.#e}set(t){this.#e=t;for(let l of this.#t)l(t)}update(t){this.set(t(this.#e))}subscribe(t){return this.#t.add(t),()=>this.#t.delete(t)}};function le(e){let[t,l]=M(e.value);return ee(()=>(l(e.value),e.subscribe(l)),[e]),t}var ve=new is(void 0),ye=new is({connected:!1,history:[],versions:{}});function Re(...e){let t=le(ye);return e.reduce((l,n)=>l+(t.versions[n]??0),0)}function We(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("operator"))}function ai(e){return!!e&&e.roles.includes("admin")}function Dn(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("auditor"))}function fn(e,t){return t?e?.find(l=>l.id===t)?.name??t.slice(0,8):"\u2014"}var as;function ci(){as?.close();let e=new EventSource("/api/v1/stream");as=e,e.onopen=()=>ye.update(t=>({...t,connected:!0})),e.onerror=()=>ye.update(t=>({...t,connected:!1})),e.addEventListener("history",t=>{let{items:l}=JSON.parse(t.data);ye.update(n=>({...n,history:l}))}),e.addEventListener("fleet",t=>{let l=JSON.parse(t.data);ye.update(n=>{let s={...l,agents:l.agents??n.fleet?.agents??[]},o={...n.versions,tick:(n.versions.tick??0)+1};for(let c of s.changed)o[c]=(o[c]??0)+1;let i=s.sample&&s.sample.at!==n.history.at(-1)?.at?[...n.history,s.sample].slice(-4e3):n.history;return{connected:!0,fleet:s,history:i,versions:o}})})}function ui(){as?.close(),as=void 0,ye.set({connected:!1,history:[],versions:{}})}function fi(){let e=()=>location.hash.replace(/^#\/?/,"").split("/").filter(Boolean),[t,l]=M(e());return ee(()=>{let n=()=>l(e());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),t.map(decodeURIComponent)}function cs(e){location.hash=`#/${e}`}function ll(e){if(!e)return"";let t=/^apikey:(.{8})/.exec(e);return t?`API key ${t[1]}`:e}function di(e){return e?e.length>12?e.slice(0,8):e:"\u2014"}function pi(e,t=Date.now()){if(!e)return"never";let l=Math.round((t-Date.parse(e))/1e3),n=l<0,s=Math.abs(l),o=s<5?"just now":s<60?`${s}s`:s<3600?`${Math.floor(s/60)}m`:s<86400?`${Math.floor(s/3600)}h ${Math.floor(s%3600/60)}m`:`${Math.floor(s/86400)}d`;return o==="just now"?o:n?`in ${o}`:`${o} ago`}function hi(e){return e?new Date(e).toLocaleString():""}function us(e,t="/s"){return e==null||Number.isNaN(e)?"\u2014":`${e>=100?e.toFixed(0):e>=10?e.toFixed(1):e.toFixed(2)}${t}`}function dn(e,t=""){if(e==null)return"\u2014";let l=["B","KiB","MiB","GiB","TiB"],n=e,s=0;for(;n>=1024&&s<l.length-1;)n/=1024,s++;return`${n>=100||s===0?n.toFixed(0):n.toFixed(1)} ${l[s]}${t}`}function Pl(e){return e==null?"\u2014":`${(e*100).toFixed(e<.01&&e>0?2:1)}%`}function Dl(e){return e==null?"\u2014":e>=100?`${e.toFixed(0)} ms`:`${e.toFixed(1)} ms`}function _o(e,t){let l=n=>n==null?"\u2014":n>=100?n.toFixed(0):n.toFixed(1);return e==null?`\u2014 / ${Dl(t)}`:`${l(e)} / ${Dl(t)}`}function lt(e){return e==null?"\u2014":e.toLocaleString()}var fs=e=>g`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{__html:e}}></svg>
  `,mi=()=>fs('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),gi=()=>fs('<path d="M4 12l5 5L20 6"/>'),$i=()=>fs('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),_i=()=>fs('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');function Tt({status:e,maintenance:t}){let l=t?"maintenance":e;return g`<span class=${`badge s-${l}`}>${l}</span>`}function pn({id:e,href:t,iconOnly:l}){let[n,s]=M(!1);if(!e)return g`<span class="muted">—</span>`;let o=async c=>{c.stopPropagation(),c.preventDefault();try{await navigator.clipboard.writeText(e)}catch{let u=document.createRange(),h=c.currentTarget.previousElementSibling;h&&u.selectNodeContents(h),getSelection()?.removeAllRanges(),getSelection()?.addRange(u)}s(!0),setTimeout(()=>s(!1),1200)},i=l?null:g`<code title=${e}>${di(e)}</code>`;return g`<span class="id">${t?g`<a href=${t}>${i}</a>`:i}<button
    type="button" class="copy" aria-label=${`copy id ${e}`} title="copy id"
    onClick=${o}>${n?gi():mi()}</button></span>`}function _e({at:e}){return e?g`<time datetime=${e} title=${hi(e)}>${pi(e)}</time>`:g`<span class="muted">never</span>`}function q({title:e,children:t,actions:l}){return g`<section class="card" aria-label=${e}>
    ${e||l?g`<header class="card-head">${e?g`<h2>${e}</h2>`:null}<div class="spacer"></div>${l}</header>`:null}
    ${t}
  </section>`}function hn({label:e,value:t,hint:l,tone:n}){return g`<div class=${`stat ${n??""}`} role="group" aria-label=${e}>
    <div class="stat-label">${e}</div>
    <div class="stat-value">${t}</div>
    ${l?g`<div class="stat-hint">${l}</div>`:null}
  </div>`}function be({error:e}){if(!e)return null;let t=e instanceof Error?e.message:String(e);return g`<p class="error" role="alert">${t}</p>`}function X({children:e}){return g`<p class="empty">${e}</p>`}function At({request:e,onClose:t}){let l=cn(null),[n,s]=M(!1),[o,i]=M(null),[c,u]=M("");return ee(()=>{let f=l.current;f&&(i(null),u(e?.input?.value??""),e&&!f.open&&f.showModal(),!e&&f.open&&f.close())},[e]),g`<dialog ref=${l} class="confirm" onClose=${t} aria-labelledby="confirm-title">
    ${e?g`<form method="dialog" onSubmit=${async f=>{if(f.preventDefault(),!!e){s(!0);try{await e.run(e.input?c:void 0),t()}catch($){i($)}finally{s(!1)}}}}>
      <h2 id="confirm-title">${e.title}</h2>
      ${e.body?g`<div class="confirm-body">${e.body}</div>`:null}
      ${e.input?g`<label class="field">${e.input.label}<input
          type=${e.input.type??"text"} value=${c} required
          onInput=${f=>u(f.target.value)} /></label>`:null}
      <${be} error=${o} />
      <div class="row end">
        <button type="button" onClick=${t}>Cancel</button>
        <button type="submit" class=${e.danger?"danger":"primary"} disabled=${n}>
          ${n?"Working\u2026":e.confirmLabel}
        </button>
      </div>
    </form>`:null}
  </dialog>`}function sl({options:e,value:t,onChange:l,label:n}){return g`<div class="segmented" role="radiogroup" aria-label=${n}>
    ${e.map(s=>g`
        <button type="button" role="radio" aria-checked=${s.value===t}
          class=${s.value===t?"on":""} onClick=${()=>l(s.value)}>${s.label}</button>
      `)}
  </div>`}function bi(){let[e,t]=M(""),[l,n]=M(null),[s,o]=M(!1);return g`
    <main class="login">
      <form class="card login-card" onSubmit=${async c=>{c.preventDefault(),o(!0),n(null);try{let u=await si(e.trim());t(""),ve.set(u)}catch(u){n(u)}finally{o(!1)}}} aria-labelledby="login-title">
        <div class="brand big"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <h1 id="login-title">Sign in</h1>
        <label class="field">API key or token
            <input id="credential" name="credential" type="password" autocomplete="off" required
              autofocus placeholder="sbk_… or a JWT" value=${e}
              onInput=${c=>t(c.target.value)} />
          </label>
        <p class="hint">The embedded node writes an admin key to <code>./data/admin-api-key</code>.
            It is kept in an HttpOnly cookie for this browser, never in page storage.</p>
        <${be} error=${l} />
        <button type="submit" class="primary" disabled=${s}>${s?"Signing in\u2026":"Sign in"}</button>
      </form>
    </main>
  `}var Ge="u-",ru="uplot",iu=Ge+"hz",au=Ge+"vt",cu=Ge+"title",uu=Ge+"wrap",fu=Ge+"under",du=Ge+"over",pu=Ge+"axis",Rn=Ge+"off",hu=Ge+"select",mu=Ge+"cursor-x",gu=Ge+"cursor-y",$u=Ge+"cursor-pt",_u=Ge+"legend",bu=Ge+"live",vu=Ge+"inline",yu=Ge+"series",wu=Ge+"marker",vi=Ge+"label",Su=Ge+"value",Il="width",Nl="height",Ll="top",yi="bottom",ol="left",bo="right",No="#000",wi=No+"0",vo="mousemove",Si="mousedown",yo="mouseup",ki="mouseenter",xi="mouseleave",Ci="dblclick",ku="resize",xu="scroll",Ei="change",gs="dppxchange",Oo="--",dl=typeof window<"u",Co=dl?document:null,il=dl?window:null,Cu=dl?navigator:null,fe,ds;function Eo(){let e=devicePixelRatio;fe!=e&&(fe=e,ds&&Ao(Ei,ds,Eo),ds=matchMedia(`(min-resolution: ${fe-.001}dppx) and (max-resolution: ${fe+.001}dppx)`),In(Ei,ds,Eo),il.dispatchEvent(new CustomEvent(gs)))}function bt(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function To(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ot(e,t,l,n){let s=Co.createElement(e);return t!=null&&bt(s,t),l?.insertBefore(s,n),s}function Mt(e,t){return Ot("div",e,t)}var Ti=new WeakMap;function Yt(e,t,l,n,s){let o="translate("+t+"px,"+l+"px)",i=Ti.get(e);o!=i&&(e.style.transform=o,Ti.set(e,o),t<0||l<0||t>n||l>s?bt(e,Rn):To(e,Rn))}var Ai=new WeakMap;function Mi(e,t,l){let n=t+l,s=Ai.get(e);n!=s&&(Ai.set(e,n),e.style.background=t,e.style.borderColor=l)}var Di=new WeakMap;function Pi(e,t,l,n){let s=t+""+l,o=Di.get(e);s!=o&&(Di.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var Fo={passive:!0},Eu={...Fo,capture:!0};function In(e,t,l,n){t.addEventListener(e,l,n?Eu:Fo)}function Ao(e,t,l,n){t.removeEventListener(e,l,Fo)}dl&&Eo();function Ft(e,t,l,n){let s;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)s=o?l+n>>1:vt((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function ra(e){return(l,n,s)=>{let o=-1,i=-1;for(let c=n;c<=s;c++)if(e(l[c])){o=c;break}for(let c=s;c>=n;c--)if(e(l[c])){i=c;break}return[o,i]}}var ia=e=>e!=null,aa=e=>e!=null&&e>0,bs=ra(ia),Tu=ra(aa);function Au(e,t,l,n=0,s=!1){let o=s?Tu:bs,i=s?aa:ia;[t,l]=o(e,t,l);let c=e[t],u=e[t];if(t>-1)if(n==1)c=e[t],u=e[l];else if(n==-1)c=e[l],u=e[t];else for(let h=t;h<=l;h++){let f=e[h];i(f)&&(f<c?c=f:f>u&&(u=f))}return[c??we,u??-we]}function vs(e,t,l,n){let s=Ii(e),o=Ii(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let i=l==10?Qt:ca,c=s==1?vt:Dt,u=o==1?Dt:vt,h=c(i(Be(e))),f=u(i(Be(t))),$=al(l,h),_=al(l,f);return l==10&&(h<0&&($=Se($,-h)),f<0&&(_=Se(_,-f))),n||l==2?(e=$*s,t=_*o):(e=pa(e,$),t=ys(t,_)),[e,t]}function Vo(e,t,l,n){let s=vs(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ho=.1,Li={mode:3,pad:Ho},Fl={pad:0,soft:null,mode:0},Mu={min:Fl,max:Fl};function $s(e,t,l,n){return ws(l)?Ri(e,t,l):(Fl.pad=l,Fl.soft=n?0:null,Fl.mode=n?3:0,Ri(e,t,Mu))}function ce(e,t){return e??t}function Du(e,t,l){for(t=ce(t,0),l=ce(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Ri(e,t,l){let n=l.min,s=l.max,o=ce(n.pad,0),i=ce(s.pad,0),c=ce(n.hard,-we),u=ce(s.hard,we),h=ce(n.soft,we),f=ce(s.soft,-we),$=ce(n.mode,0),_=ce(s.mode,0),m=t-e,v=Qt(m),A=ct(Be(e),Be(t)),E=Qt(A),k=Be(E-v);(m<1e-24||k>10)&&(m=0,(e==0||t==0)&&(m=1e-24,$==2&&h!=we&&(o=0),_==2&&f!=-we&&(i=0)));let y=m||A||1e3,S=Qt(y),x=al(10,vt(S)),U=y*(m==0?e==0?.1:1:o),L=Se(pa(e-U,x/10),24),Y=e>=h&&($==1||$==3&&L<=h||$==2&&L>=h)?h:we,R=ct(c,L<Y&&e>=Y?Y:Vt(Y,L)),K=y*(m==0?t==0?.1:1:i),z=Se(ys(t+K,x/10),24),C=t<=f&&(_==1||_==3&&z>=f||_==2&&z<=f)?f:-we,H=Vt(u,z>C&&t<=C?C:ct(C,z));return R==H&&R==0&&(H=100),[R,H]}var Pu=new Intl.NumberFormat(dl?Cu.language:"en-US"),Uo=e=>Pu.format(e),yt=Math,ms=yt.PI,Be=yt.abs,vt=yt.floor,je=yt.round,Dt=yt.ceil,Vt=yt.min,ct=yt.max,al=yt.pow,Ii=yt.sign,Qt=yt.log10,ca=yt.log2,Lu=(e,t=1)=>yt.sinh(e)*t,wo=(e,t=1)=>yt.asinh(e/t),we=1/0;function Ni(e){return(Qt((e^e>>31)-(e>>31))|0)+1}function Mo(e,t,l){return Vt(ct(e,t),l)}function ua(e){return typeof e=="function"}function oe(e){return ua(e)?e:()=>e}var Ru=()=>{},fa=e=>e,da=(e,t)=>t,Iu=e=>null,Oi=e=>!0,Fi=(e,t)=>e==t,Nu=/\.\d*?(?=9{6,}|0{6,})/gm,Nn=e=>{if(ma(e)||gn.has(e))return e;let t=`${e}`,l=t.match(Nu);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${Nn(s)}e${o}`}return Se(e,n)};function Pn(e,t){return Nn(Se(Nn(e/t))*t)}function ys(e,t){return Nn(Dt(Nn(e/t))*t)}function pa(e,t){return Nn(vt(Nn(e/t))*t)}function Se(e,t=0){if(ma(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return je(n)/l}var gn=new Map;function ha(e){return((""+e).split(".")[1]||"").length}function Hl(e,t,l,n){let s=[],o=n.map(ha);for(let i=t;i<l;i++){let c=Be(i),u=Se(al(e,i),c);for(let h=0;h<n.length;h++){let f=e==10?+`${n[h]}e${i}`:n[h]*u,$=(i>=0?0:c)+(i>=o[h]?0:o[h]),_=e==10?f:Se(f,$);s.push(_),gn.set(_,$)}}return s}var Vl={},zo=[],cl=[null,null],mn=Array.isArray,ma=Number.isInteger,Ou=e=>e===void 0;function Vi(e){return typeof e=="string"}function ws(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Fu(e){return e!=null&&typeof e=="object"}var Vu=Object.getPrototypeOf(Uint8Array),ga="__proto__";function ul(e,t=ws){let l;if(mn(e)){let n=e.find(s=>s!=null);if(mn(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=ul(e[s],t)}else l=e.slice()}else if(e instanceof Vu)l=e.slice();else if(t(e)){l={};for(let n in e)n!=ga&&(l[n]=ul(e[n],t))}else l=e;return l}function Ve(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=ga&&(ws(e[s])?Ve(e[s],ul(n[s])):e[s]=ul(n[s]))}return e}var Hu=0,Uu=1,zu=2;function Wu(e,t,l){for(let n=0,s,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(s=i-1;s>=0&&e[s]==null;)e[s--]=null;for(s=i+1;s<l&&e[s]==null;)e[o=s++]=null}}}function ju(e,t){if(Yu(e)){let i=e[0].slice();for(let c=1;c<e.length;c++)i.push(...e[c].slice(1));return Ju(i[0])||(i=Gu(i)),i}let l=new Set;for(let i=0;i<e.length;i++){let u=e[i][0],h=u.length;for(let f=0;f<h;f++)l.add(u[f])}let n=[Array.from(l).sort((i,c)=>i-c)],s=n[0].length,o=new Map;for(let i=0;i<s;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let c=e[i],u=c[0];for(let h=1;h<c.length;h++){let f=c[h],$=Array(s).fill(void 0),_=t?t[i][h]:Uu,m=[];for(let v=0;v<f.length;v++){let A=f[v],E=o.get(u[v]);A===null?_!=Hu&&($[E]=A,_==zu&&m.push(E)):$[E]=A}Wu($,m,s),n.push($)}}return n}var Bu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Gu(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let s=[];for(let o=0;o<e.length;o++){let i=e[o],c=Array(l);for(let u=0;u<l;u++)c[u]=i[n[u]];s.push(c)}return s}function Yu(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Ju(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let o=ct(1,vt((s-n+1)/t));for(let i=e[n],c=n+o;c<=s;c+=o){let u=e[c];if(u!=null){if(u<=i)return!1;i=u}}return!0}var $a=["January","February","March","April","May","June","July","August","September","October","November","December"],_a=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ba(e){return e.slice(0,3)}var Ku=_a.map(ba),qu=$a.map(ba),Zu={MMMM:$a,MMM:qu,WWWW:_a,WWW:Ku};function Rl(e){return(e<10?"0":"")+e}function Qu(e){return(e<10?"00":e<100?"0":"")+e}var Xu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Rl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Rl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Rl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Rl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Rl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Qu(e.getMilliseconds())};function Wo(e,t){t=t||Zu;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]=="{"?Xu[s[1]]:s[0]);return o=>{let i="";for(let c=0;c<l.length;c++)i+=typeof l[c]=="string"?l[c]:l[c](o,t);return i}}var ef=new Intl.DateTimeFormat().resolvedOptions().timeZone;function tf(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==ef?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var va=e=>e%1==0,_s=[1,2,2.5,5],nf=Hl(10,-32,0,_s),ya=Hl(10,0,32,_s),lf=ya.filter(va),Ln=nf.concat(ya),jo=`
`,wa="{YYYY}",Hi=jo+wa,Sa="{M}/{D}",Ol=jo+Sa,ps=Ol+"/{YY}",ka="{aa}",sf="{h}:{mm}",rl=sf+ka,Ui=jo+rl,zi=":{ss}",he=null;function xa(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,o=s*30,i=s*365,u=(e==1?Hl(10,0,3,_s).filter(va):Hl(10,-3,0,_s)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),h=[[i,wa,he,he,he,he,he,he,1],[s*28,"{MMM}",Hi,he,he,he,he,he,1],[s,Sa,Hi,he,he,he,he,he,1],[n,"{h}"+ka,ps,he,Ol,he,he,he,1],[l,rl,ps,he,Ol,he,he,he,1],[t,zi,ps+" "+rl,he,Ol+" "+rl,he,Ui,he,1],[e,zi+".{fff}",ps+" "+rl,he,Ol+" "+rl,he,Ui,he,1]];function f($){return(_,m,v,A,E,k)=>{let y=[],S=E>=i,x=E>=o&&E<i,U=$(v),L=Se(U*e,3),Y=So(U.getFullYear(),S?0:U.getMonth(),x||S?1:U.getDate()),R=Se(Y*e,3);if(x||S){let K=x?E/o:0,z=S?E/i:0,C=L==R?L:Se(So(Y.getFullYear()+z,Y.getMonth()+K,1)*e,3),H=new Date(je(C/e)),I=H.getFullYear(),Z=H.getMonth();for(let G=0;C<=A;G++){let re=So(I+z*G,Z+K*G,1),B=re-$(Se(re*e,3));C=Se((+re+B)*e,3),C<=A&&y.push(C)}}else{let K=E>=s?s:E,z=vt(v)-vt(L),C=R+z+ys(L-R,K);y.push(C);let H=$(C),I=H.getHours()+H.getMinutes()/l+H.getSeconds()/n,Z=E/n,G=_.axes[m]._space,re=k/G;for(;C=Se(C+E,e==1?0:3),!(C>A);)if(Z>1){let B=vt(Se(I+Z,6))%24,ie=$(C).getHours()-B;ie>1&&(ie=-1),C-=ie*n,I=(I+Z)%24;let ge=y[y.length-1];Se((C-ge)/E,3)*re>=.7&&y.push(C)}else y.push(C)}return y}}return[u,h,f]}var[of,rf,af]=xa(1),[cf,uf,ff]=xa(.001);Hl(2,-53,53,[1]);function Wi(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function ji(e,t){return(l,n,s,o,i)=>{let c=t.find(v=>i>=v[0])||t[t.length-1],u,h,f,$,_,m;return n.map(v=>{let A=e(v),E=A.getFullYear(),k=A.getMonth(),y=A.getDate(),S=A.getHours(),x=A.getMinutes(),U=A.getSeconds(),L=E!=u&&c[2]||k!=h&&c[3]||y!=f&&c[4]||S!=$&&c[5]||x!=_&&c[6]||U!=m&&c[7]||c[1];return u=E,h=k,f=y,$=S,_=x,m=U,L(A)})}}function df(e,t){let l=Wo(t);return(n,s,o,i,c)=>s.map(u=>l(e(u)))}function So(e,t,l){return new Date(e,t,l)}function Bi(e,t){return t(e)}var pf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Gi(e,t){return(l,n,s,o)=>o==null?Oo:t(e(n))}function hf(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function mf(e,t){return e.series[t].fill(e,t)}var gf={show:!0,live:!0,isolate:!1,mount:Ru,markers:{show:!0,width:2,stroke:hf,fill:mf,dash:"solid"},idx:null,idxs:null,values:[]};function $f(e,t){let l=e.cursor.points,n=Mt(),s=l.size(e,t);Ae(n,Il,s),Ae(n,Nl,s);let o=s/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=l.width(e,t,s);return i&&Ae(n,"borderWidth",i),n}function _f(e,t){let l=e.series[t].points;return l._fill||l._stroke}function bf(e,t){let l=e.series[t].points;return l._stroke||l._fill}function vf(e,t){return e.series[t].points.size}var ko=[0,0];function yf(e,t,l){return ko[0]=t,ko[1]=l,ko}function hs(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function xo(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var wf={show:!0,x:!0,y:!0,lock:!1,move:yf,points:{one:!1,show:$f,size:vf,width:0,stroke:bf,fill:_f},bind:{mousedown:hs,mouseup:hs,click:hs,dblclick:hs,mousemove:xo,mouseleave:xo,mouseenter:xo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ca={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Bo=Ve({},Ca,{filter:da}),Ea=Ve({},Bo,{size:10}),Ta=Ve({},Ca,{show:!1}),Go='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Aa="bold "+Go,Ma=1.5,Yi={show:!0,scale:"x",stroke:No,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Aa,side:2,grid:Bo,ticks:Ea,border:Ta,font:Go,lineGap:Ma,rotate:0},Sf="Value",kf="Time",Ji={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function xf(e,t,l,n,s){return t.map(o=>o==null?"":Uo(o))}function Cf(e,t,l,n,s,o,i){let c=[],u=gn.get(s)||0;l=i?l:Se(ys(l,s),u);for(let h=l;h<=n;h=Se(h+s,u))c.push(Object.is(h,-0)?0:h);return c}function Do(e,t,l,n,s,o,i){let c=[],u=e.scales[e.axes[t].scale].log,h=u==10?Qt:ca,f=vt(h(l));s=al(u,f),u==10&&(s=Ln[Ft(s,Ln)]);let $=l,_=s*u;u==10&&(_=Ln[Ft(_,Ln)]);do c.push($),$=$+s,u==10&&!gn.has($)&&($=Se($,gn.get(s))),$>=_&&(s=$,_=s*u,u==10&&(_=Ln[Ft(_,Ln)]));while($<=n);return c}function Ef(e,t,l,n,s,o,i){let u=e.scales[e.axes[t].scale].asinh,h=n>u?Do(e,t,ct(u,l),n,s):[u],f=n>=0&&l<=0?[0]:[];return(l<-u?Do(e,t,ct(u,-n),-l,s):[u]).reverse().map(_=>-_).concat(f,h)}var Da=/./,Tf=/[12357]/,Af=/[125]/,Ki=/1/,Po=(e,t,l,n)=>e.map((s,o)=>t==4&&s==0||o%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Mf(e,t,l,n,s){let o=e.axes[l],i=o.scale,c=e.scales[i],u=e.valToPos,h=o._space,f=u(10,i),$=u(9,i)-f>=h?Da:u(7,i)-f>=h?Tf:u(5,i)-f>=h?Af:Ki;if($==Ki){let _=Be(u(1,i)-f);if(_<h)return Po(t.slice().reverse(),c.distr,$,Dt(h/_)).reverse()}return Po(t,c.distr,$,1)}function Df(e,t,l,n,s){let o=e.axes[l],i=o.scale,c=o._space,u=e.valToPos,h=Be(u(1,i)-u(2,i));return h<c?Po(t.slice().reverse(),3,Da,Dt(c/h)).reverse():t}function Pf(e,t,l,n){return n==null?Oo:t==null?"":Uo(t)}var qi={show:!0,scale:"y",stroke:No,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Aa,side:3,grid:Bo,ticks:Ea,border:Ta,font:Go,lineGap:Ma,rotate:0};function Lf(e,t){let l=3+(e||1)*2;return Se(l*t,3)}function Rf(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],o=e.valToPos(s[n[0]],l,!0),i=e.valToPos(s[n[1]],l,!0),c=Be(i-o),u=e.series[t],h=c/(u.points.space*fe);return n[1]-n[0]<=h}var Zi={scale:null,auto:!0,sorted:0,min:we,max:-we},Pa=(e,t,l,n,s)=>s,Qi={show:!0,auto:!0,sorted:0,gaps:Pa,alpha:1,facets:[Ve({},Zi,{scale:"x"}),Ve({},Zi,{scale:"y"})]},Xi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Pa,alpha:1,points:{show:Rf,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function If(e,t,l,n,s){return l/10}var La={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Nf=Ve({},La,{time:!1,ori:1}),ea={};function Ra(e,t){let l=ea[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,o,i,c,u,h){for(let f=0;f<l.plots.length;f++)l.plots[f]!=s&&l.plots[f].pub(n,s,o,i,c,u,h)}},e!=null&&(ea[e]=l)),l}var fl=1,Lo=2;function On(e,t,l){let n=e.mode,s=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,c=e.bbox,u=o[0],h=n==2?o[1]:o[t],f=n==2?i[s.facets[0].scale]:i[e.series[0].scale],$=n==2?i[s.facets[1].scale]:i[s.scale],_=c.left,m=c.top,v=c.width,A=c.height,E=e.valToPosH,k=e.valToPosV;return f.ori==0?l(s,u,h,f,$,E,k,_,m,v,A,ks,pl,Cs,Na,Fa):l(s,u,h,f,$,k,E,m,_,A,v,xs,hl,Ko,Oa,Va)}function Yo(e,t){let l=0,n=0,s=ce(e.bands,zo);for(let o=0;o<s.length;o++){let i=s[o];i.series[0]==t?l=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Of(e,t,l,n,s){let o=e.mode,i=e.series[t],c=o==2?i.facets[1].scale:i.scale,u=e.scales[c];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Xt(e,t,l,n,s,o){return On(e,t,(i,c,u,h,f,$,_,m,v,A,E)=>{let k=i.pxRound,y=h.dir*(h.ori==0?1:-1),S=h.ori==0?pl:hl,x,U;y==1?(x=l,U=n):(x=n,U=l);let L=k($(c[x],h,A,m)),Y=k(_(u[x],f,E,v)),R=k($(c[U],h,A,m)),K=k(_(o==1?f.max:f.min,f,E,v)),z=new Path2D(s);return S(z,R,K),S(z,L,K),S(z,L,Y),z})}function Ss(e,t,l,n,s,o){let i=null;if(e.length>0){i=new Path2D;let c=t==0?Cs:Ko,u=l;for(let $=0;$<e.length;$++){let _=e[$];if(_[1]>_[0]){let m=_[0]-u;m>0&&c(i,u,n,m,n+o),u=_[1]}}let h=l+s-u,f=10;h>0&&c(i,u,n-f/2,h,n+o+f)}return i}function Ff(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function Jo(e,t,l,n,s,o,i){let c=[],u=e.length;for(let h=s==1?l:n;h>=l&&h<=n;h+=s)if(t[h]===null){let $=h,_=h;if(s==1)for(;++h<=n&&t[h]===null;)_=h;else for(;--h>=l&&t[h]===null;)_=h;let m=o(e[$]),v=_==$?m:o(e[_]),A=$-s;m=i<=0&&A>=0&&A<u?o(e[A]):m;let k=_+s;v=i>=0&&k>=0&&k<u?o(e[k]):v,v>=m&&c.push([m,v])}return c}function ta(e){return e==0?fa:e==1?je:t=>Pn(t,e)}function Ia(e){let t=e==0?ks:xs,l=e==0?(s,o,i,c,u,h)=>{s.arcTo(o,i,c,u,h)}:(s,o,i,c,u,h)=>{s.arcTo(i,o,u,c,h)},n=e==0?(s,o,i,c,u)=>{s.rect(o,i,c,u)}:(s,o,i,c,u)=>{s.rect(i,o,u,c)};return(s,o,i,c,u,h=0,f=0)=>{h==0&&f==0?n(s,o,i,c,u):(h=Vt(h,c/2,u/2),f=Vt(f,c/2,u/2),t(s,o+h,i),l(s,o+c,i,o+c,i+u,h),l(s,o+c,i+u,o,i+u,f),l(s,o,i+u,o,i,f),l(s,o,i,o+c,i,h),s.closePath())}}var ks=(e,t,l)=>{e.moveTo(t,l)},xs=(e,t,l)=>{e.moveTo(l,t)},pl=(e,t,l)=>{e.lineTo(t,l)},hl=(e,t,l)=>{e.lineTo(l,t)},Cs=Ia(0),Ko=Ia(1),Na=(e,t,l,n,s,o)=>{e.arc(t,l,n,s,o)},Oa=(e,t,l,n,s,o)=>{e.arc(l,t,n,s,o)},Fa=(e,t,l,n,s,o,i)=>{e.bezierCurveTo(t,l,n,s,o,i)},Va=(e,t,l,n,s,o,i)=>{e.bezierCurveTo(l,t,s,n,i,o)};function Ha(e){return(t,l,n,s,o)=>On(t,l,(i,c,u,h,f,$,_,m,v,A,E)=>{let{pxRound:k,points:y}=i,S,x;h.ori==0?(S=ks,x=Na):(S=xs,x=Oa);let U=Se(y.width*fe,3),L=(y.size-y.width)/2*fe,Y=Se(L*2,3),R=new Path2D,K=new Path2D,{left:z,top:C,width:H,height:I}=t.bbox;Cs(K,z-Y,C-Y,H+Y*2,I+Y*2);let Z=G=>{if(u[G]!=null){let re=k($(c[G],h,A,m)),B=k(_(u[G],f,E,v));S(R,re+L,B),x(R,re,B,L,0,ms*2)}};if(o)o.forEach(Z);else for(let G=n;G<=s;G++)Z(G);return{stroke:U>0?R:null,fill:R,clip:K,flags:fl|Lo}})}function Ua(e){return(t,l,n,s,o,i)=>{n!=s&&(o!=n&&i!=n&&e(t,l,n),o!=s&&i!=s&&e(t,l,s),e(t,l,i))}}var Vf=Ua(pl),Hf=Ua(hl);function za(e){let t=ce(e?.alignGaps,0);return(l,n,s,o)=>On(l,n,(i,c,u,h,f,$,_,m,v,A,E)=>{[s,o]=bs(u,s,o);let k=i.pxRound,y=I=>k($(I,h,A,m)),S=I=>k(_(I,f,E,v)),x,U;h.ori==0?(x=pl,U=Vf):(x=hl,U=Hf);let L=h.dir*(h.ori==0?1:-1),Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fl},R=Y.stroke,K=!1;if(o-s>=A*4){let I=W=>l.posToVal(W,h.key,!0),Z=null,G=null,re,B,ut,Me=y(c[L==1?s:o]),ie=y(c[s]),ge=y(c[o]),ne=I(L==1?ie+1:ge-1);for(let W=L==1?s:o;W>=s&&W<=o;W+=L){let He=c[W],De=(L==1?He<ne:He>ne)?Me:y(He),de=u[W];De==Me?de!=null?(B=de,Z==null?(x(R,De,S(B)),re=Z=G=B):B<Z?Z=B:B>G&&(G=B)):de===null&&(K=!0):(Z!=null&&U(R,Me,S(Z),S(G),S(re),S(B)),de!=null?(B=de,x(R,De,S(B)),Z=G=re=B):(Z=G=null,de===null&&(K=!0)),Me=De,ne=I(Me+L))}Z!=null&&Z!=G&&ut!=Me&&U(R,Me,S(Z),S(G),S(re),S(B))}else for(let I=L==1?s:o;I>=s&&I<=o;I+=L){let Z=u[I];Z===null?K=!0:Z!=null&&x(R,y(c[I]),S(Z))}let[C,H]=Yo(l,n);if(i.fill!=null||C!=0){let I=Y.fill=new Path2D(R),Z=i.fillTo(l,n,i.min,i.max,C),G=S(Z),re=y(c[s]),B=y(c[o]);L==-1&&([B,re]=[re,B]),x(I,B,G),x(I,re,G)}if(!i.spanGaps){let I=[];K&&I.push(...Jo(c,u,s,o,L,y,t)),Y.gaps=I=i.gaps(l,n,s,o,I),Y.clip=Ss(I,h.ori,m,v,A,E)}return H!=0&&(Y.band=H==2?[Xt(l,n,s,o,R,-1),Xt(l,n,s,o,R,1)]:Xt(l,n,s,o,R,H)),Y})}function Uf(e){let t=ce(e.align,1),l=ce(e.ascDesc,!1),n=ce(e.alignGaps,0),s=ce(e.extend,!1);return(o,i,c,u)=>On(o,i,(h,f,$,_,m,v,A,E,k,y,S)=>{[c,u]=bs($,c,u);let x=h.pxRound,{left:U,width:L}=o.bbox,Y=ie=>x(v(ie,_,y,E)),R=ie=>x(A(ie,m,S,k)),K=_.ori==0?pl:hl,z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fl},C=z.stroke,H=_.dir*(_.ori==0?1:-1),I=R($[H==1?c:u]),Z=Y(f[H==1?c:u]),G=Z,re=Z;s&&t==-1&&(re=U,K(C,re,I)),K(C,Z,I);for(let ie=H==1?c:u;ie>=c&&ie<=u;ie+=H){let ge=$[ie];if(ge==null)continue;let ne=Y(f[ie]),W=R(ge);t==1?K(C,ne,I):K(C,G,W),K(C,ne,W),I=W,G=ne}let B=G;s&&t==1&&(B=U+L,K(C,B,I));let[ut,Me]=Yo(o,i);if(h.fill!=null||ut!=0){let ie=z.fill=new Path2D(C),ge=h.fillTo(o,i,h.min,h.max,ut),ne=R(ge);K(ie,B,ne),K(ie,re,ne)}if(!h.spanGaps){let ie=[];ie.push(...Jo(f,$,c,u,H,Y,n));let ge=h.width*fe/2,ne=l||t==1?ge:-ge,W=l||t==-1?-ge:ge;ie.forEach(He=>{He[0]+=ne,He[1]+=W}),z.gaps=ie=h.gaps(o,i,c,u,ie),z.clip=Ss(ie,_.ori,E,k,y,S)}return Me!=0&&(z.band=Me==2?[Xt(o,i,c,u,C,-1),Xt(o,i,c,u,C,1)]:Xt(o,i,c,u,C,Me)),z})}function na(e,t,l,n,s,o,i=we){if(e.length>1){let c=null;for(let u=0,h=1/0;u<e.length;u++)if(t[u]!==void 0){if(c!=null){let f=Be(e[u]-e[c]);f<h&&(h=f,i=Be(l(e[u],n,s,o)-l(e[c],n,s,o)))}c=u}}return i}function zf(e){e=e||Vl;let t=ce(e.size,[.6,we,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let o=oe(s),i=1-t[0],c=ce(t[1],we),u=ce(t[2],1),h=ce(e.disp,Vl),f=ce(e.each,m=>{}),{fill:$,stroke:_}=h;return(m,v,A,E)=>On(m,v,(k,y,S,x,U,L,Y,R,K,z,C)=>{let H=k.pxRound,I=l,Z=n*fe,G=c*fe,re=u*fe,B,ut;x.ori==0?[B,ut]=o(m,v):[ut,B]=o(m,v);let Me=x.dir*(x.ori==0?1:-1),ie=x.ori==0?Cs:Ko,ge=x.ori==0?f:(F,ke,Ue,Un,vn,Ut,yn)=>{f(F,ke,Ue,vn,Un,yn,Ut)},ne=ce(m.bands,zo).find(F=>F.series[0]==v),W=ne!=null?ne.dir:0,He=k.fillTo(m,v,k.min,k.max,W),st=H(Y(He,U,C,K)),De,de,Pt,ht=z,Le=H(k.width*fe),Ht=!1,Kt=null,wt=null,en=null,Fn=null;$!=null&&(Le==0||_!=null)&&(Ht=!0,Kt=$.values(m,v,A,E),wt=new Map,new Set(Kt).forEach(F=>{F!=null&&wt.set(F,new Path2D)}),Le>0&&(en=_.values(m,v,A,E),Fn=new Map,new Set(en).forEach(F=>{F!=null&&Fn.set(F,new Path2D)})));let{x0:Vn,size:$l}=h;if(Vn!=null&&$l!=null){I=1,y=Vn.values(m,v,A,E),Vn.unit==2&&(y=y.map(Ue=>m.posToVal(R+Ue*z,x.key,!0)));let F=$l.values(m,v,A,E);$l.unit==2?de=F[0]*z:de=L(F[0],x,z,R)-L(0,x,z,R),ht=na(y,S,L,x,z,R,ht),Pt=ht-de+Z}else ht=na(y,S,L,x,z,R,ht),Pt=ht*i+Z,de=ht-Pt;Pt<1&&(Pt=0),Le>=de/2&&(Le=0),Pt<5&&(H=fa);let zl=Pt>0,_n=ht-Pt-(zl?Le:0);de=H(Mo(_n,re,G)),De=(I==0?de/2:I==Me?0:de)-I*Me*((I==0?Z/2:0)+(zl?Le/2:0));let ot={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Hn=Ht?null:new Path2D,qt=null;if(ne!=null)qt=m.data[ne.series[1]];else{let{y0:F,y1:ke}=h;F!=null&&ke!=null&&(S=ke.values(m,v,A,E),qt=F.values(m,v,A,E))}let bn=B*de,te=ut*de;for(let F=Me==1?A:E;F>=A&&F<=E;F+=Me){let ke=S[F];if(ke==null)continue;if(qt!=null){let ft=qt[F]??0;if(ke-ft==0)continue;st=Y(ft,U,C,K)}let Ue=x.distr!=2||h!=null?y[F]:F,Un=L(Ue,x,z,R),vn=Y(ce(ke,He),U,C,K),Ut=H(Un-De),yn=H(ct(vn,st)),mt=H(Vt(vn,st)),St=yn-mt;if(ke!=null){let ft=ke<0?te:bn,Lt=ke<0?bn:te;Ht?(Le>0&&en[F]!=null&&ie(Fn.get(en[F]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),Kt[F]!=null&&ie(wt.get(Kt[F]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt)):ie(Hn,Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),ge(m,v,F,Ut-Le/2,mt,de+Le,St)}}return Le>0?ot.stroke=Ht?Fn:Hn:Ht||(ot._fill=k.width==0?k._fill:k._stroke??k._fill,ot.width=0),ot.fill=Ht?wt:Hn,ot})}function Wf(e,t){let l=ce(t?.alignGaps,0);return(n,s,o,i)=>On(n,s,(c,u,h,f,$,_,m,v,A,E,k)=>{[o,i]=bs(h,o,i);let y=c.pxRound,S=B=>y(_(B,f,E,v)),x=B=>y(m(B,$,k,A)),U,L,Y;f.ori==0?(U=ks,Y=pl,L=Fa):(U=xs,Y=hl,L=Va);let R=f.dir*(f.ori==0?1:-1),K=S(u[R==1?o:i]),z=K,C=[],H=[];for(let B=R==1?o:i;B>=o&&B<=i;B+=R)if(h[B]!=null){let Me=u[B],ie=S(Me);C.push(z=ie),H.push(x(h[B]))}let I={stroke:e(C,H,U,Y,L,y),fill:null,clip:null,band:null,gaps:null,flags:fl},Z=I.stroke,[G,re]=Yo(n,s);if(c.fill!=null||G!=0){let B=I.fill=new Path2D(Z),ut=c.fillTo(n,s,c.min,c.max,G),Me=x(ut);Y(B,z,Me),Y(B,K,Me)}if(!c.spanGaps){let B=[];B.push(...Jo(u,h,o,i,R,S,l)),I.gaps=B=c.gaps(n,s,o,i,B),I.clip=Ss(B,f.ori,v,A,E,k)}return re!=0&&(I.band=re==2?[Xt(n,s,o,i,Z,-1),Xt(n,s,o,i,Z,1)]:Xt(n,s,o,i,Z,re)),I})}function jf(e){return Wf(Bf,e)}function Bf(e,t,l,n,s,o){let i=e.length;if(i<2)return null;let c=new Path2D;if(l(c,e[0],t[0]),i==2)n(c,e[1],t[1]);else{let u=Array(i),h=Array(i-1),f=Array(i-1),$=Array(i-1);for(let _=0;_<i-1;_++)f[_]=t[_+1]-t[_],$[_]=e[_+1]-e[_],h[_]=f[_]/$[_];u[0]=h[0];for(let _=1;_<i-1;_++)h[_]===0||h[_-1]===0||h[_-1]>0!=h[_]>0?u[_]=0:(u[_]=3*($[_-1]+$[_])/((2*$[_]+$[_-1])/h[_-1]+($[_]+2*$[_-1])/h[_]),isFinite(u[_])||(u[_]=0));u[i-1]=h[i-2];for(let _=0;_<i-1;_++)s(c,e[_]+$[_]/3,t[_]+u[_]*$[_]/3,e[_+1]-$[_]/3,t[_+1]-u[_+1]*$[_]/3,e[_+1],t[_+1])}return c}var Ro=new Set;function la(){for(let e of Ro)e.syncRect(!0)}dl&&(In(ku,il,la),In(xu,il,la,!0),In(gs,il,()=>{tt.pxRatio=fe}));var Gf=za(),Yf=Ha();function sa(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>Io(o,i,t,l))}function Jf(e,t){return e.map((l,n)=>n==0?{}:Ve({},t,l))}function Io(e,t,l,n){return Ve({},t==0?l:n,e)}function Wa(e,t,l){return t==null?cl:[t,l]}var Kf=Wa;function qf(e,t,l){return t==null?cl:$s(t,l,Ho,!0)}function ja(e,t,l,n){return t==null?cl:vs(t,l,e.scales[n].log,!1)}var Zf=ja;function Ba(e,t,l,n){return t==null?cl:Vo(t,l,e.scales[n].log,!1)}var Qf=Ba;function Xf(e,t,l,n,s){let o=ct(Ni(e),Ni(t)),i=t-e,c=Ft(s/n*i,l);do{let u=l[c],h=n*u/i;if(h>=s&&o+(u<5?gn.get(u):0)<=17)return[u,h]}while(++c<l.length);return[0,0]}function oa(e){let t,l;return e=e.replace(/(\d+)px/,(n,s)=>(t=je((l=+s)*fe))+"px"),[e,t,l]}function ed(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=Se(t[2]*fe,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function tt(e,t,l){let n={mode:ce(e.mode,1)},s=n.mode;function o(r,a,d,p){let b=a.valToPct(r);return p+d*(a.dir==-1?1-b:b)}function i(r,a,d,p){let b=a.valToPct(r);return p+d*(a.dir==-1?b:1-b)}function c(r,a,d,p){return a.ori==0?o(r,a,d,p):i(r,a,d,p)}n.valToPosH=o,n.valToPosV=i;let u=!1;n.status=0;let h=n.root=Mt(ru);if(e.id!=null&&(h.id=e.id),bt(h,e.class),e.title){let r=Mt(cu,h);r.textContent=e.title}let f=Ot("canvas"),$=n.ctx=f.getContext("2d"),_=Mt(uu,h);In("click",_,r=>{r.target===v&&(Ce!=Qn||Pe!=Xn)&&et.click(n,r)},!0);let m=n.under=Mt(fu,_);_.appendChild(f);let v=n.over=Mt(du,_);e=ul(e);let A=+ce(e.pxAlign,1),E=ta(A);(e.plugins||[]).forEach(r=>{r.opts&&(e=r.opts(n,e)||e)});let k=e.ms||.001,y=n.series=s==1?sa(e.series||[],Ji,Xi,!1):Jf(e.series||[null],Qi),S=n.axes=sa(e.axes||[],Yi,qi,!0),x=n.scales={},U=n.bands=e.bands||[];U.forEach(r=>{r.fill=oe(r.fill||null),r.dir=ce(r.dir,-1)});let L=s==2?y[1].facets[0].scale:y[0].scale,Y={axes:Dc,series:Cc},R=(e.drawOrder||["axes","series"]).map(r=>Y[r]);function K(r){let a=r.distr==3?d=>Qt(d>0?d:r.clamp(n,d,r.min,r.max,r.key)):r.distr==4?d=>wo(d,r.asinh):r.distr==100?d=>r.fwd(d):d=>d;return d=>{let p=a(d),{_min:b,_max:w}=r,T=w-b;return(p-b)/T}}function z(r){let a=x[r];if(a==null){let d=(e.scales||Vl)[r]||Vl;if(d.from!=null){z(d.from);let p=Ve({},x[d.from],d,{key:r});p.valToPct=K(p),x[r]=p}else{a=x[r]=Ve({},r==L?La:Nf,d),a.key=r;let p=a.time,b=a.range,w=mn(b);if((r!=L||s==2&&!p)&&(w&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Li:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Li:{mode:1,hard:b[1],soft:b[1]}},w=!1),!w&&ws(b))){let T=b;b=(D,P,N)=>P==null?cl:$s(P,N,T)}a.range=oe(b||(p?Kf:r==L?a.distr==3?Zf:a.distr==4?Qf:Wa:a.distr==3?ja:a.distr==4?Ba:qf)),a.auto=oe(w?!1:a.auto),a.clamp=oe(a.clamp||If),a._min=a._max=null,a.valToPct=K(a)}}}z("x"),z("y"),s==1&&y.forEach(r=>{z(r.scale)}),S.forEach(r=>{z(r.scale)});for(let r in e.scales)z(r);let C=x[L],H=C.distr,I,Z;C.ori==0?(bt(h,iu),I=o,Z=i):(bt(h,au),I=i,Z=o);let G={};for(let r in x){let a=x[r];(a.min!=null||a.max!=null)&&(G[r]={min:a.min,max:a.max},a.min=a.max=null)}let re=e.tzDate||(r=>new Date(je(r/k))),B=e.fmtDate||Wo,ut=k==1?af(re):ff(re),Me=ji(re,Wi(k==1?rf:uf,B)),ie=Gi(re,Bi(pf,B)),ge=[],ne=n.legend=Ve({},gf,e.legend),W=n.cursor=Ve({},wf,{drag:{y:s==2}},e.cursor),He=ne.show,st=W.show,De=ne.markers;ne.idxs=ge,De.width=oe(De.width),De.dash=oe(De.dash),De.stroke=oe(De.stroke),De.fill=oe(De.fill);let de,Pt,ht,Le=[],Ht=[],Kt,wt=!1,en={};if(ne.live){let r=y[1]?y[1].values:null;wt=r!=null,Kt=wt?r(n,1,0):{_:0};for(let a in Kt)en[a]=Oo}if(He)if(de=Ot("table",_u,h),ht=Ot("tbody",null,de),ne.mount(n,de),wt){Pt=Ot("thead",null,de,ht);let r=Ot("tr",null,Pt);Ot("th",null,r);for(var Fn in Kt)Ot("th",vi,r).textContent=Fn}else bt(de,vu),ne.live&&bt(de,bu);let Vn={show:!0},$l={show:!1};function zl(r,a){if(a==0&&(wt||!ne.live||s==2))return cl;let d=[],p=Ot("tr",yu,ht,ht.childNodes[a]);bt(p,r.class),r.show||bt(p,Rn);let b=Ot("th",null,p);if(De.show){let D=Mt(wu,b);if(a>0){let P=De.width(n,a);P&&(D.style.border=P+"px "+De.dash(n,a)+" "+De.stroke(n,a)),D.style.background=De.fill(n,a)}}let w=Mt(vi,b);r.label instanceof HTMLElement?w.appendChild(r.label):w.textContent=r.label,a>0&&(De.show||(w.style.color=r.width>0?De.stroke(n,a):De.fill(n,a)),ot("click",b,D=>{if(W._lock)return;Sn(D);let P=y.indexOf(r);if((D.ctrlKey||D.metaKey)!=ne.isolate){let N=y.some((O,V)=>V>0&&V!=P&&O.show);y.forEach((O,V)=>{V>0&&Wt(V,N?V==P?Vn:$l:Vn,!0,Oe.setSeries)})}else Wt(P,{show:!r.show},!0,Oe.setSeries)},!1),Wn&&ot(ki,b,D=>{W._lock||(Sn(D),Wt(y.indexOf(r),tl,!0,Oe.setSeries))},!1));for(var T in Kt){let D=Ot("td",Su,p);D.textContent="--",d.push(D)}return[p,d]}let _n=new Map;function ot(r,a,d,p=!0){let b=_n.get(a)||{},w=W.bind[r](n,a,d,p);w&&(In(r,a,b[r]=w),_n.set(a,b))}function Hn(r,a,d){let p=_n.get(a)||{};for(let b in p)(r==null||b==r)&&(Ao(b,a,p[b]),delete p[b]);r==null&&_n.delete(a)}let qt=0,bn=0,te=0,F=0,ke=0,Ue=0,Un=ke,vn=Ue,Ut=te,yn=F,mt=0,St=0,ft=0,Lt=0;n.bbox={};let Ls=!1,Wl=!1,zn=!1,wn=!1,jl=!1,kt=!1;function Rs(r,a,d){(d||r!=n.width||a!=n.height)&&Zo(r,a),Jn(!1),zn=!0,Wl=!0,Kn()}function Zo(r,a){n.width=qt=te=r,n.height=bn=F=a,ke=Ue=0,bc(),vc();let d=n.bbox;mt=d.left=Pn(ke*fe,.5),St=d.top=Pn(Ue*fe,.5),ft=d.width=Pn(te*fe,.5),Lt=d.height=Pn(F*fe,.5)}let gc=3;function $c(){let r=!1,a=0;for(;!r;){a++;let d=Ac(a),p=Mc(a);r=a==gc||d&&p,r||(Zo(n.width,n.height),Wl=!0)}}function _c({width:r,height:a}){Rs(r,a)}n.setSize=_c;function bc(){let r=!1,a=!1,d=!1,p=!1;S.forEach((b,w)=>{if(b.show&&b._show){let{side:T,_size:D}=b,P=T%2,N=b.label!=null?b.labelSize:0,O=D+N;O>0&&(P?(te-=O,T==3?(ke+=O,p=!0):d=!0):(F-=O,T==0?(Ue+=O,r=!0):a=!0))}}),kn[0]=r,kn[1]=d,kn[2]=a,kn[3]=p,te-=tn[1]+tn[3],ke+=tn[3],F-=tn[2]+tn[0],Ue+=tn[0]}function vc(){let r=ke+te,a=Ue+F,d=ke,p=Ue;function b(w,T){switch(w){case 1:return r+=T,r-T;case 2:return a+=T,a-T;case 3:return d-=T,d+T;case 0:return p-=T,p+T}}S.forEach((w,T)=>{if(w.show&&w._show){let D=w.side;w._pos=b(D,w._size),w.label!=null&&(w._lpos=b(D,w.labelSize))}})}if(W.dataIdx==null){let r=W.hover,a=r.skip=new Set(r.skip??[]);a.add(void 0);let d=r.prox=oe(r.prox),p=r.bias??=0;W.dataIdx=(b,w,T,D)=>{if(w==0)return T;let P=T,N=d(b,w,T,D)??we,O=N>=0&&N<we,V=C.ori==0?te:F,Q=W.left,ue=t[0],ae=t[w];if(a.has(ae[T])){P=null;let se=null,J=null,j;if(p==0||p==-1)for(j=T;se==null&&j-- >0;)a.has(ae[j])||(se=j);if(p==0||p==1)for(j=T;J==null&&j++<ae.length;)a.has(ae[j])||(J=j);if(se!=null||J!=null)if(O){let Te=se==null?-1/0:I(ue[se],C,V,0),Ie=J==null?1/0:I(ue[J],C,V,0),Qe=Q-Te,$e=Ie-Q;Qe<=$e?Qe<=N&&(P=se):$e<=N&&(P=J)}else P=J==null?se:se==null?J:T-se<=J-T?se:J}else O&&Be(Q-I(ue[T],C,V,0))>N&&(P=null);return P}}let Sn=r=>{W.event=r};W.idxs=ge,W._lock=!1;let nt=W.points;nt.show=oe(nt.show),nt.size=oe(nt.size),nt.stroke=oe(nt.stroke),nt.width=oe(nt.width),nt.fill=oe(nt.fill);let zt=n.focus=Ve({},e.focus||{alpha:.3},W.focus),Wn=zt.prox>=0,jn=Wn&&nt.one,xt=[],Bn=[],Gn=[];function Qo(r,a){let d=nt.show(n,a);if(d instanceof HTMLElement)return bt(d,$u),bt(d,r.class),Yt(d,-10,-10,te,F),v.insertBefore(d,xt[a]),d}function Xo(r,a){if(s==1||a>0){let d=s==1&&x[r.scale].time,p=r.value;r.value=d?Vi(p)?Gi(re,Bi(p,B)):p||ie:p||Pf,r.label=r.label||(d?kf:Sf)}if(jn||a>0){r.width=r.width==null?1:r.width,r.paths=r.paths||Gf||Iu,r.fillTo=oe(r.fillTo||Of),r.pxAlign=+ce(r.pxAlign,A),r.pxRound=ta(r.pxAlign),r.stroke=oe(r.stroke||null),r.fill=oe(r.fill||null),r._stroke=r._fill=r._paths=r._focus=null;let d=Lf(ct(1,r.width),1),p=r.points=Ve({},{size:d,width:ct(1,d*.2),stroke:r.stroke,space:d*2,paths:Yf,_stroke:null,_fill:null},r.points);p.show=oe(p.show),p.filter=oe(p.filter),p.fill=oe(p.fill),p.stroke=oe(p.stroke),p.paths=oe(p.paths),p.pxAlign=r.pxAlign}if(He){let d=zl(r,a);Le.splice(a,0,d[0]),Ht.splice(a,0,d[1]),ne.values.push(null)}if(st){ge.splice(a,0,null);let d=null;jn?a==0&&(d=Qo(r,a)):a>0&&(d=Qo(r,a)),xt.splice(a,0,d),Bn.splice(a,0,0),Gn.splice(a,0,0)}Ze("addSeries",a)}function yc(r,a){a=a??y.length,r=s==1?Io(r,a,Ji,Xi):Io(r,a,{},Qi),y.splice(a,0,r),Xo(y[a],a)}n.addSeries=yc;function wc(r){if(y.splice(r,1),He){ne.values.splice(r,1),Ht.splice(r,1);let a=Le.splice(r,1)[0];Hn(null,a.firstChild),a.remove()}st&&(ge.splice(r,1),xt.splice(r,1)[0].remove(),Bn.splice(r,1),Gn.splice(r,1)),Ze("delSeries",r)}n.delSeries=wc;let kn=[!1,!1,!1,!1];function Sc(r,a){if(r._show=r.show,r.show){let d=r.side%2,p=x[r.scale];p==null&&(r.scale=d?y[1].scale:L,p=x[r.scale]);let b=p.time;r.size=oe(r.size),r.space=oe(r.space),r.rotate=oe(r.rotate),mn(r.incrs)&&r.incrs.forEach(T=>{!gn.has(T)&&gn.set(T,ha(T))}),r.incrs=oe(r.incrs||(p.distr==2?lf:b?k==1?of:cf:Ln)),r.splits=oe(r.splits||(b&&p.distr==1?ut:p.distr==3?Do:p.distr==4?Ef:Cf)),r.stroke=oe(r.stroke),r.grid.stroke=oe(r.grid.stroke),r.ticks.stroke=oe(r.ticks.stroke),r.border.stroke=oe(r.border.stroke);let w=r.values;r.values=mn(w)&&!mn(w[0])?oe(w):b?mn(w)?ji(re,Wi(w,B)):Vi(w)?df(re,w):w||Me:w||xf,r.filter=oe(r.filter||(p.distr>=3&&p.log==10?Mf:p.distr==3&&p.log==2?Df:da)),r.font=oa(r.font),r.labelFont=oa(r.labelFont),r._size=r.size(n,null,a,0),r._space=r._rotate=r._incrs=r._found=r._splits=r._values=null,r._size>0&&(kn[a]=!0,r._el=Mt(pu,_))}}function _l(r,a,d,p){let[b,w,T,D]=d,P=a%2,N=0;return P==0&&(D||w)&&(N=a==0&&!b||a==2&&!T?je(Yi.size/3):0),P==1&&(b||T)&&(N=a==1&&!w||a==3&&!D?je(qi.size/2):0),N}let er=n.padding=(e.padding||[_l,_l,_l,_l]).map(r=>oe(ce(r,_l))),tn=n._padding=er.map((r,a)=>r(n,a,kn,0)),Xe,Ye=null,Je=null,Bl=s==1?y[0].idxs:null,Rt=null,bl=!1;function tr(r,a){if(t=r??[],n.data=n._data=t,s==2){Xe=0;for(let d=1;d<y.length;d++)Xe+=t[d][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Xe=Rt.length;let d=t;if(H==2){d=t.slice();let p=d[0]=Array(Xe);for(let b=0;b<Xe;b++)p[b]=b}n._data=t=d}if(Jn(!0),Ze("setData"),H==2&&(zn=!0),a!==!1){let d=C;d.auto(n,bl)?Is():ln(L,d.min,d.max),wn=wn||W.left>=0,kt=!0,Kn()}}n.setData=tr;function Is(){bl=!0;let r,a;s==1&&(Xe>0?(Ye=Bl[0]=0,Je=Bl[1]=Xe-1,r=t[0][Ye],a=t[0][Je],H==2?(r=Ye,a=Je):r==a&&(H==3?[r,a]=vs(r,r,C.log,!1):H==4?[r,a]=Vo(r,r,C.log,!1):C.time?a=r+je(86400/k):[r,a]=$s(r,a,Ho,!0))):(Ye=Bl[0]=r=null,Je=Bl[1]=a=null)),ln(L,r,a)}let Gl,Yn,Ns,Os,Fs,Vs,Hs,Us,zs,dt;function nr(r,a,d,p,b,w){r??=wi,d??=zo,p??="butt",b??=wi,w??="round",r!=Gl&&($.strokeStyle=Gl=r),b!=Yn&&($.fillStyle=Yn=b),a!=Ns&&($.lineWidth=Ns=a),w!=Fs&&($.lineJoin=Fs=w),p!=Vs&&($.lineCap=Vs=p),d!=Os&&$.setLineDash(Os=d)}function lr(r,a,d,p){a!=Yn&&($.fillStyle=Yn=a),r!=Hs&&($.font=Hs=r),d!=Us&&($.textAlign=Us=d),p!=zs&&($.textBaseline=zs=p)}function Ws(r,a,d,p,b=0){if(p.length>0&&r.auto(n,bl)&&(a==null||a.min==null)){let w=ce(Ye,0),T=ce(Je,p.length-1),D=d.min==null?Au(p,w,T,b,r.distr==3):[d.min,d.max];r.min=Vt(r.min,d.min=D[0]),r.max=ct(r.max,d.max=D[1])}}let sr={min:null,max:null};function kc(){for(let p in x){let b=x[p];G[p]==null&&(b.min==null||G[L]!=null&&b.auto(n,bl))&&(G[p]=sr)}for(let p in x){let b=x[p];G[p]==null&&b.from!=null&&G[b.from]!=null&&(G[p]=sr)}G[L]!=null&&Jn(!0);let r={};for(let p in G){let b=G[p];if(b!=null){let w=r[p]=ul(x[p],Fu);if(b.min!=null)Ve(w,b);else if(p!=L||s==2)if(Xe==0&&w.from==null){let T=w.range(n,null,null,p);w.min=T[0],w.max=T[1]}else w.min=we,w.max=-we}}if(Xe>0){y.forEach((p,b)=>{if(s==1){let w=p.scale,T=G[w];if(T==null)return;let D=r[w];if(b==0){let P=D.range(n,D.min,D.max,w);D.min=P[0],D.max=P[1],Ye=Ft(D.min,t[0]),Je=Ft(D.max,t[0]),Je-Ye>1&&(t[0][Ye]<D.min&&Ye++,t[0][Je]>D.max&&Je--),p.min=Rt[Ye],p.max=Rt[Je]}else p.show&&p.auto&&Ws(D,T,p,t[b],p.sorted);p.idxs[0]=Ye,p.idxs[1]=Je}else if(b>0&&p.show&&p.auto){let[w,T]=p.facets,D=w.scale,P=T.scale,[N,O]=t[b],V=r[D],Q=r[P];V!=null&&Ws(V,G[D],w,N,w.sorted),Q!=null&&Ws(Q,G[P],T,O,T.sorted),p.min=T.min,p.max=T.max}});for(let p in r){let b=r[p],w=G[p];if(b.from==null&&(w==null||w.min==null)){let T=b.range(n,b.min==we?null:b.min,b.max==-we?null:b.max,p);b.min=T[0],b.max=T[1]}}}for(let p in r){let b=r[p];if(b.from!=null){let w=r[b.from];if(w.min==null)b.min=b.max=null;else{let T=b.range(n,w.min,w.max,p);b.min=T[0],b.max=T[1]}}}let a={},d=!1;for(let p in r){let b=r[p],w=x[p];if(w.min!=b.min||w.max!=b.max){w.min=b.min,w.max=b.max;let T=w.distr;w._min=T==3?Qt(w.min):T==4?wo(w.min,w.asinh):T==100?w.fwd(w.min):w.min,w._max=T==3?Qt(w.max):T==4?wo(w.max,w.asinh):T==100?w.fwd(w.max):w.max,a[p]=d=!0}}if(d){y.forEach((p,b)=>{s==2?b>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)zn=!0,Ze("setScale",p);st&&W.left>=0&&(wn=kt=!0)}for(let p in G)G[p]=null}function xc(r){let a=Mo(Ye-1,0,Xe-1),d=Mo(Je+1,0,Xe-1);for(;r[a]==null&&a>0;)a--;for(;r[d]==null&&d<Xe-1;)d++;return[a,d]}function Cc(){if(Xe>0){let r=y.some(a=>a._focus)&&dt!=zt.alpha;r&&($.globalAlpha=dt=zt.alpha),y.forEach((a,d)=>{if(d>0&&a.show&&(or(d,!1),or(d,!0),a._paths==null)){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha);let b=s==2?[0,t[d][0].length-1]:xc(t[d]);a._paths=a.paths(n,d,b[0],b[1]),dt!=p&&($.globalAlpha=dt=p)}}),y.forEach((a,d)=>{if(d>0&&a.show){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha),a._paths!=null&&rr(d,!1);{let b=a._paths!=null?a._paths.gaps:null,w=a.points.show(n,d,Ye,Je,b),T=a.points.filter(n,d,w,b);(w||T)&&(a.points._paths=a.points.paths(n,d,Ye,Je,T),rr(d,!0))}dt!=p&&($.globalAlpha=dt=p),Ze("drawSeries",d)}}),r&&($.globalAlpha=dt=1)}}function or(r,a){let d=a?y[r].points:y[r];d._stroke=d.stroke(n,r),d._fill=d.fill(n,r)}function rr(r,a){let d=a?y[r].points:y[r],{stroke:p,fill:b,clip:w,flags:T,_stroke:D=d._stroke,_fill:P=d._fill,_width:N=d.width}=d._paths;N=Se(N*fe,3);let O=null,V=N%2/2;a&&P==null&&(P=N>0?"#fff":D);let Q=d.pxAlign==1&&V>0;if(Q&&$.translate(V,V),!a){let ue=mt-N/2,ae=St-N/2,se=ft+N,J=Lt+N;O=new Path2D,O.rect(ue,ae,se,J)}a?js(D,N,d.dash,d.cap,P,p,b,T,w):Ec(r,D,N,d.dash,d.cap,P,p,b,T,O,w),Q&&$.translate(-V,-V)}function Ec(r,a,d,p,b,w,T,D,P,N,O){let V=!1;P!=0&&U.forEach((Q,ue)=>{if(Q.series[0]==r){let ae=y[Q.series[1]],se=t[Q.series[1]],J=(ae._paths||Vl).band;mn(J)&&(J=Q.dir==1?J[0]:J[1]);let j,Te=null;ae.show&&J&&Du(se,Ye,Je)?(Te=Q.fill(n,ue)||w,j=ae._paths.clip):J=null,js(a,d,p,b,Te,T,D,P,N,O,j,J),V=!0}}),V||js(a,d,p,b,w,T,D,P,N,O)}let ir=fl|Lo;function js(r,a,d,p,b,w,T,D,P,N,O,V){nr(r,a,d,p,b),(P||N||V)&&($.save(),P&&$.clip(P),N&&$.clip(N)),V?(D&ir)==ir?($.clip(V),O&&$.clip(O),Jl(b,T),Yl(r,w,a)):D&Lo?(Jl(b,T),$.clip(V),Yl(r,w,a)):D&fl&&($.save(),$.clip(V),O&&$.clip(O),Jl(b,T),$.restore(),Yl(r,w,a)):(Jl(b,T),Yl(r,w,a)),(P||N||V)&&$.restore()}function Yl(r,a,d){d>0&&(a instanceof Map?a.forEach((p,b)=>{$.strokeStyle=Gl=b,$.stroke(p)}):a!=null&&r&&$.stroke(a))}function Jl(r,a){a instanceof Map?a.forEach((d,p)=>{$.fillStyle=Yn=p,$.fill(d)}):a!=null&&r&&$.fill(a)}function Tc(r,a,d,p){let b=S[r],w;if(p<=0)w=[0,0];else{let T=b._space=b.space(n,r,a,d,p),D=b._incrs=b.incrs(n,r,a,d,p,T);w=Xf(a,d,D,p,T)}return b._found=w}function Bs(r,a,d,p,b,w,T,D,P,N){let O=T%2/2;A==1&&$.translate(O,O),nr(D,T,P,N,D),$.beginPath();let V,Q,ue,ae,se=b+(p==0||p==3?-w:w);d==0?(Q=b,ae=se):(V=b,ue=se);for(let J=0;J<r.length;J++)a[J]!=null&&(d==0?V=ue=r[J]:Q=ae=r[J],$.moveTo(V,Q),$.lineTo(ue,ae));$.stroke(),A==1&&$.translate(-O,-O)}function Ac(r){let a=!0;return S.forEach((d,p)=>{if(!d.show)return;let b=x[d.scale];if(b.min==null){d._show&&(a=!1,d._show=!1,Jn(!1));return}else d._show||(a=!1,d._show=!0,Jn(!1));let w=d.side,T=w%2,{min:D,max:P}=b,[N,O]=Tc(p,D,P,T==0?te:F);if(O==0)return;let V=b.distr==2,Q=d._splits=d.splits(n,p,D,P,N,O,V),ue=b.distr==2?Q.map(j=>Rt[j]):Q,ae=b.distr==2?Rt[Q[1]]-Rt[Q[0]]:N,se=d._values=d.values(n,d.filter(n,ue,p,O,ae),p,O,ae);d._rotate=w==2?d.rotate(n,se,p,O):0;let J=d._size;d._size=Dt(d.size(n,se,p,r)),J!=null&&d._size!=J&&(a=!1)}),a}function Mc(r){let a=!0;return er.forEach((d,p)=>{let b=d(n,p,kn,r);b!=tn[p]&&(a=!1),tn[p]=b}),a}function Dc(){for(let r=0;r<S.length;r++){let a=S[r];if(!a.show||!a._show)continue;let d=a.side,p=d%2,b,w,T=a.stroke(n,r),D=d==0||d==3?-1:1,[P,N]=a._found;if(a.label!=null){let it=a.labelGap*D,_t=je((a._lpos+it)*fe);lr(a.labelFont[0],T,"center",d==2?Ll:yi),$.save(),p==1?(b=w=0,$.translate(_t,je(St+Lt/2)),$.rotate((d==3?-ms:ms)/2)):(b=je(mt+ft/2),w=_t);let En=ua(a.label)?a.label(n,r,P,N):a.label;$.fillText(En,b,w),$.restore()}if(N==0)continue;let O=x[a.scale],V=p==0?ft:Lt,Q=p==0?mt:St,ue=a._splits,ae=O.distr==2?ue.map(it=>Rt[it]):ue,se=O.distr==2?Rt[ue[1]]-Rt[ue[0]]:P,J=a.ticks,j=a.border,Te=J.show?J.size:0,Ie=je(Te*fe),Qe=je((a.alignTo==2?a._size-Te-a.gap:a.gap)*fe),$e=a._rotate*-ms/180,Ne=E(a._pos*fe),gt=(Ie+Qe)*D,rt=Ne+gt;w=p==0?rt:0,b=p==1?rt:0;let Ct=a.font[0],It=a.align==1?ol:a.align==2?bo:$e>0?ol:$e<0?bo:p==0?"center":d==3?bo:ol,Bt=$e||p==1?"middle":d==2?Ll:yi;lr(Ct,T,It,Bt);let $t=a.font[1]*a.lineGap,Et=ue.map(it=>E(c(it,O,V,Q))),Nt=a._values;for(let it=0;it<Nt.length;it++){let _t=Nt[it];if(_t!=null){p==0?b=Et[it]:w=Et[it],_t=""+_t;let En=_t.indexOf(`
`)==-1?[_t]:_t.split(/\n/gm);for(let at=0;at<En.length;at++){let Cr=En[at];$e?($.save(),$.translate(b,w+at*$t),$.rotate($e),$.fillText(Cr,0,0),$.restore()):$.fillText(Cr,b,w+at*$t)}}}J.show&&Bs(Et,J.filter(n,ae,r,N,se),p,d,Ne,Ie,Se(J.width*fe,3),J.stroke(n,r),J.dash,J.cap);let Gt=a.grid;Gt.show&&Bs(Et,Gt.filter(n,ae,r,N,se),p,p==0?2:1,p==0?St:mt,p==0?Lt:ft,Se(Gt.width*fe,3),Gt.stroke(n,r),Gt.dash,Gt.cap),j.show&&Bs([Ne],[1],p==0?1:0,p==0?1:2,p==1?St:mt,p==1?Lt:ft,Se(j.width*fe,3),j.stroke(n,r),j.dash,j.cap)}Ze("drawAxes")}function Jn(r){y.forEach((a,d)=>{d>0&&(a._paths=null,r&&(s==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Kl=!1,Gs=!1,vl=[];function Pc(){Gs=!1;for(let r=0;r<vl.length;r++)Ze(...vl[r]);vl.length=0}function Kn(){Kl||(Bu(ar),Kl=!0)}function Lc(r,a=!1){Kl=!0,Gs=a,r(n),ar(),a&&vl.length>0&&queueMicrotask(Pc)}n.batch=Lc;function ar(){if(Ls&&(kc(),Ls=!1),zn&&($c(),zn=!1),Wl){if(Ae(m,ol,ke),Ae(m,Ll,Ue),Ae(m,Il,te),Ae(m,Nl,F),Ae(v,ol,ke),Ae(v,Ll,Ue),Ae(v,Il,te),Ae(v,Nl,F),Ae(_,Il,qt),Ae(_,Nl,bn),f.width=je(qt*fe),f.height=je(bn*fe),S.forEach(({_el:r,_show:a,_size:d,_pos:p,side:b})=>{if(r!=null)if(a){let w=b===3||b===0?d:0,T=b%2==1;Ae(r,T?"left":"top",p-w),Ae(r,T?"width":"height",d),Ae(r,T?"top":"left",T?Ue:ke),Ae(r,T?"height":"width",T?F:te),To(r,Rn)}else bt(r,Rn)}),Gl=Yn=Ns=Fs=Vs=Hs=Us=zs=Os=null,dt=1,Sl(!0),ke!=Un||Ue!=vn||te!=Ut||F!=yn){Jn(!1);let r=te/Ut,a=F/yn;if(st&&!wn&&W.left>=0){W.left*=r,W.top*=a,qn&&Yt(qn,je(W.left),0,te,F),Zn&&Yt(Zn,0,je(W.top),te,F);for(let d=0;d<xt.length;d++){let p=xt[d];p!=null&&(Bn[d]*=r,Gn[d]*=a,Yt(p,Dt(Bn[d]),Dt(Gn[d]),te,F))}}if(Ee.show&&!jl&&Ee.left>=0&&Ee.width>0){Ee.left*=r,Ee.width*=r,Ee.top*=a,Ee.height*=a;for(let d in Qs)Ae(el,d,Ee[d])}Un=ke,vn=Ue,Ut=te,yn=F}Ze("setSize"),Wl=!1}qt>0&&bn>0&&($.clearRect(0,0,f.width,f.height),Ze("drawClear"),R.forEach(r=>r()),Ze("draw")),Ee.show&&jl&&(ql(Ee),jl=!1),st&&wn&&(Cn(null,!0,!1),wn=!1),ne.show&&ne.live&&kt&&(qs(),kt=!1),u||(u=!0,n.status=1,Ze("ready")),bl=!1,Kl=!1}n.redraw=(r,a)=>{zn=a||!1,r!==!1?ln(L,C.min,C.max):Kn()};function Ys(r,a){let d=x[r];if(d.from==null){if(Xe==0){let p=d.range(n,a.min,a.max,r);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(Xe>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;r==L&&d.distr==2&&Xe>0&&(a.min=Ft(a.min,t[0]),a.max=Ft(a.max,t[0]),a.min==a.max&&a.max++),G[r]=a,Ls=!0,Kn()}}n.setScale=Ys;let Js,Ks,qn,Zn,cr,ur,Qn,Xn,fr,dr,Ce,Pe,nn=!1,et=W.drag,Ke=et.x,qe=et.y;st&&(W.x&&(Js=Mt(mu,v)),W.y&&(Ks=Mt(gu,v)),C.ori==0?(qn=Js,Zn=Ks):(qn=Ks,Zn=Js),Ce=W.left,Pe=W.top);let Ee=n.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),el=Ee.show?Mt(hu,Ee.over?v:m):null;function ql(r,a){if(Ee.show){for(let d in r)Ee[d]=r[d],d in Qs&&Ae(el,d,r[d]);a!==!1&&Ze("setSelect")}}n.setSelect=ql;function Rc(r){if(y[r].show)He&&To(Le[r],Rn);else if(He&&bt(Le[r],Rn),st){let d=jn?xt[0]:xt[r];d!=null&&Yt(d,-10,-10,te,F)}}function ln(r,a,d){Ys(r,{min:a,max:d})}function Wt(r,a,d,p){a.focus!=null&&Vc(r),a.show!=null&&y.forEach((b,w)=>{w>0&&(r==w||r==null)&&(b.show=a.show,Rc(w),s==2?(ln(b.facets[0].scale,null,null),ln(b.facets[1].scale,null,null)):ln(b.scale,null,null),Kn())}),d!==!1&&Ze("setSeries",r,a),p&&kl("setSeries",n,r,a)}n.setSeries=Wt;function Ic(r,a){Ve(U[r],a)}function Nc(r,a){r.fill=oe(r.fill||null),r.dir=ce(r.dir,-1),a=a??U.length,U.splice(a,0,r)}function Oc(r){r==null?U.length=0:U.splice(r,1)}n.addBand=Nc,n.setBand=Ic,n.delBand=Oc;function Fc(r,a){y[r].alpha=a,st&&xt[r]!=null&&(xt[r].style.opacity=a),He&&Le[r]&&(Le[r].style.opacity=a)}let Zt,sn,xn,tl={focus:!0};function Vc(r){if(r!=xn){let a=r==null,d=zt.alpha!=1;y.forEach((p,b)=>{if(s==1||b>0){let w=a||b==0||b==r;p._focus=a?null:w,d&&Fc(b,w?1:zt.alpha)}}),xn=r,d&&Kn()}}He&&Wn&&ot(xi,de,r=>{W._lock||(Sn(r),xn!=null&&Wt(null,tl,!0,Oe.setSeries))});function jt(r,a,d){let p=x[a];d&&(r=r/fe-(p.ori==1?Ue:ke));let b=te;p.ori==1&&(b=F,r=b-r),p.dir==-1&&(r=b-r);let w=p._min,T=p._max,D=r/b,P=w+(T-w)*D,N=p.distr;return N==3?al(10,P):N==4?Lu(P,p.asinh):N==100?p.bwd(P):P}function Hc(r,a){let d=jt(r,L,a);return Ft(d,t[0],Ye,Je)}n.valToIdx=r=>Ft(r,t[0]),n.posToIdx=Hc,n.posToVal=jt,n.valToPos=(r,a,d)=>x[a].ori==0?o(r,x[a],d?ft:te,d?mt:0):i(r,x[a],d?Lt:F,d?St:0),n.setCursor=(r,a,d)=>{Ce=r.left,Pe=r.top,Cn(null,a,d)};function pr(r,a){Ae(el,ol,Ee.left=r),Ae(el,Il,Ee.width=a)}function hr(r,a){Ae(el,Ll,Ee.top=r),Ae(el,Nl,Ee.height=a)}let yl=C.ori==0?pr:hr,wl=C.ori==1?pr:hr;function Uc(){if(He&&ne.live)for(let r=s==2?1:0;r<y.length;r++){if(r==0&&wt)continue;let a=ne.values[r],d=0;for(let p in a)Ht[r][d++].firstChild.nodeValue=a[p]}}function qs(r,a){if(r!=null&&(r.idxs?r.idxs.forEach((d,p)=>{ge[p]=d}):Ou(r.idx)||ge.fill(r.idx),ne.idx=ge[0]),He&&ne.live){for(let d=0;d<y.length;d++)(d>0||s==1&&!wt)&&zc(d,ge[d]);Uc()}kt=!1,a!==!1&&Ze("setLegend")}n.setLegend=qs;function zc(r,a){let d=y[r],p=r==0&&H==2?Rt:t[r],b;wt?b=d.values(n,r,a)??en:(b=d.value(n,a==null?null:p[a],r,a),b=b==null?en:{_:b}),ne.values[r]=b}function Cn(r,a,d){fr=Ce,dr=Pe,[Ce,Pe]=W.move(n,Ce,Pe),W.left=Ce,W.top=Pe,st&&(qn&&Yt(qn,je(Ce),0,te,F),Zn&&Yt(Zn,0,je(Pe),te,F));let p,b=Ye>Je;Zt=we,sn=null;let w=C.ori==0?te:F,T=C.ori==1?te:F;if(Ce<0||Xe==0||b){p=W.idx=null;for(let D=0;D<y.length;D++){let P=xt[D];P!=null&&Yt(P,-10,-10,te,F)}Wn&&Wt(null,tl,!0,r==null&&Oe.setSeries),ne.live&&(ge.fill(p),kt=!0)}else{let D,P,N;s==1&&(D=C.ori==0?Ce:Pe,P=jt(D,L),p=W.idx=Ft(P,t[0],Ye,Je),N=I(t[0][p],C,w,0));let O=-10,V=-10,Q=0,ue=0,ae=!0,se="",J="";for(let j=s==2?1:0;j<y.length;j++){let Te=y[j],Ie=ge[j],Qe=Ie==null?null:s==1?t[j][Ie]:t[j][1][Ie],$e=W.dataIdx(n,j,p,P),Ne=$e==null?null:s==1?t[j][$e]:t[j][1][$e];if(kt=kt||Ne!=Qe||$e!=Ie,ge[j]=$e,j>0&&Te.show){let gt=$e==null?-10:$e==p?N:I(s==1?t[0][$e]:t[j][0][$e],C,w,0),rt=Ne==null?-10:Z(Ne,s==1?x[Te.scale]:x[Te.facets[1].scale],T,0);if(Wn&&Ne!=null){let Ct=C.ori==1?Ce:Pe,It=Be(zt.dist(n,j,$e,rt,Ct));if(It<Zt){let Bt=zt.bias;if(Bt!=0){let $t=jt(Ct,Te.scale),Et=Ne>=0?1:-1,Nt=$t>=0?1:-1;Nt==Et&&(Nt==1?Bt==1?Ne>=$t:Ne<=$t:Bt==1?Ne<=$t:Ne>=$t)&&(Zt=It,sn=j)}else Zt=It,sn=j}}if(kt||jn){let Ct,It;C.ori==0?(Ct=gt,It=rt):(Ct=rt,It=gt);let Bt,$t,Et,Nt,Gt,it,_t=!0,En=nt.bbox;if(En!=null){_t=!1;let at=En(n,j);Et=at.left,Nt=at.top,Bt=at.width,$t=at.height}else Et=Ct,Nt=It,Bt=$t=nt.size(n,j);if(it=nt.fill(n,j),Gt=nt.stroke(n,j),jn)j==sn&&Zt<=zt.prox&&(O=Et,V=Nt,Q=Bt,ue=$t,ae=_t,se=it,J=Gt);else{let at=xt[j];at!=null&&(Bn[j]=Et,Gn[j]=Nt,Pi(at,Bt,$t,_t),Mi(at,it,Gt),Yt(at,Dt(Et),Dt(Nt),te,F))}}}}if(jn){let j=zt.prox,Te=xn==null?Zt<=j:Zt>j||sn!=xn;if(kt||Te){let Ie=xt[0];Ie!=null&&(Bn[0]=O,Gn[0]=V,Pi(Ie,Q,ue,ae),Mi(Ie,se,J),Yt(Ie,Dt(O),Dt(V),te,F))}}}if(Ee.show&&nn)if(r!=null){let[D,P]=Oe.scales,[N,O]=Oe.match,[V,Q]=r.cursor.sync.scales,ue=r.cursor.drag;if(Ke=ue._x,qe=ue._y,Ke||qe){let{left:ae,top:se,width:J,height:j}=r.select,Te=r.scales[V].ori,Ie=r.posToVal,Qe,$e,Ne,gt,rt,Ct=D!=null&&N(D,V),It=P!=null&&O(P,Q);Ct&&Ke?(Te==0?(Qe=ae,$e=J):(Qe=se,$e=j),Ne=x[D],gt=I(Ie(Qe,V),Ne,w,0),rt=I(Ie(Qe+$e,V),Ne,w,0),yl(Vt(gt,rt),Be(rt-gt))):yl(0,w),It&&qe?(Te==1?(Qe=ae,$e=J):(Qe=se,$e=j),Ne=x[P],gt=Z(Ie(Qe,Q),Ne,T,0),rt=Z(Ie(Qe+$e,Q),Ne,T,0),wl(Vt(gt,rt),Be(rt-gt))):wl(0,T)}else Xs()}else{let D=Be(fr-cr),P=Be(dr-ur);if(C.ori==1){let Q=D;D=P,P=Q}Ke=et.x&&D>=et.dist,qe=et.y&&P>=et.dist;let N=et.uni;N!=null?Ke&&qe&&(Ke=D>=N,qe=P>=N,!Ke&&!qe&&(P>D?qe=!0:Ke=!0)):et.x&&et.y&&(Ke||qe)&&(Ke=qe=!0);let O,V;Ke&&(C.ori==0?(O=Qn,V=Ce):(O=Xn,V=Pe),yl(Vt(O,V),Be(V-O)),qe||wl(0,T)),qe&&(C.ori==1?(O=Qn,V=Ce):(O=Xn,V=Pe),wl(Vt(O,V),Be(V-O)),Ke||yl(0,w)),!Ke&&!qe&&(yl(0,0),wl(0,0))}if(et._x=Ke,et._y=qe,r==null){if(d){if(xr!=null){let[D,P]=Oe.scales;Oe.values[0]=D!=null?jt(C.ori==0?Ce:Pe,D):null,Oe.values[1]=P!=null?jt(C.ori==1?Ce:Pe,P):null}kl(vo,n,Ce,Pe,te,F,p)}if(Wn){let D=d&&Oe.setSeries,P=zt.prox;xn==null?Zt<=P&&Wt(sn,tl,!0,D):Zt>P?Wt(null,tl,!0,D):sn!=xn&&Wt(sn,tl,!0,D)}}kt&&(ne.idx=p,qs()),a!==!1&&Ze("setCursor")}let on=null;Object.defineProperty(n,"rect",{get(){return on==null&&Sl(!1),on}});function Sl(r=!1){r?on=null:(on=v.getBoundingClientRect(),Ze("syncRect",on))}function mr(r,a,d,p,b,w,T){W._lock||nn&&r!=null&&r.movementX==0&&r.movementY==0||(Zs(r,a,d,p,b,w,T,!1,r!=null),r!=null?Cn(null,!0,!0):Cn(a,!0,!1))}function Zs(r,a,d,p,b,w,T,D,P){if(on==null&&Sl(!1),Sn(r),r!=null)d=r.clientX-on.left,p=r.clientY-on.top;else{if(d<0||p<0){Ce=-10,Pe=-10;return}let[N,O]=Oe.scales,V=a.cursor.sync,[Q,ue]=V.values,[ae,se]=V.scales,[J,j]=Oe.match,Te=a.axes[0].side%2==1,Ie=C.ori==0?te:F,Qe=C.ori==1?te:F,$e=Te?w:b,Ne=Te?b:w,gt=Te?p:d,rt=Te?d:p;if(ae!=null?d=J(N,ae)?c(Q,x[N],Ie,0):-10:d=Ie*(gt/$e),se!=null?p=j(O,se)?c(ue,x[O],Qe,0):-10:p=Qe*(rt/Ne),C.ori==1){let Ct=d;d=p,p=Ct}}P&&(a==null||a.cursor.event.type==vo)&&((d<=1||d>=te-1)&&(d=Pn(d,te)),(p<=1||p>=F-1)&&(p=Pn(p,F))),D?(cr=d,ur=p,[Qn,Xn]=W.move(n,d,p)):(Ce=d,Pe=p)}let Qs={width:0,height:0,left:0,top:0};function Xs(){ql(Qs,!1)}let gr,$r,_r,br;function vr(r,a,d,p,b,w,T){nn=!0,Ke=qe=et._x=et._y=!1,Zs(r,a,d,p,b,w,T,!0,!1),r!=null&&(ot(yo,Co,yr,!1),kl(Si,n,Qn,Xn,te,F,null));let{left:D,top:P,width:N,height:O}=Ee;gr=D,$r=P,_r=N,br=O}function yr(r,a,d,p,b,w,T){nn=et._x=et._y=!1,Zs(r,a,d,p,b,w,T,!1,!0);let{left:D,top:P,width:N,height:O}=Ee,V=N>0||O>0,Q=gr!=D||$r!=P||_r!=N||br!=O;if(V&&Q&&ql(Ee),et.setScale&&V&&Q){let ue=D,ae=N,se=P,J=O;if(C.ori==1&&(ue=P,ae=O,se=D,J=N),Ke&&ln(L,jt(ue,L),jt(ue+ae,L)),qe)for(let j in x){let Te=x[j];j!=L&&Te.from==null&&Te.min!=we&&ln(j,jt(se+J,j),jt(se,j))}Xs()}else W.lock&&(W._lock=!W._lock,Cn(a,!0,r!=null));r!=null&&(Hn(yo,Co),kl(yo,n,Ce,Pe,te,F,null))}function Wc(r,a,d,p,b,w,T){if(W._lock)return;Sn(r);let D=nn;if(nn){let P=!0,N=!0,O=10,V,Q;C.ori==0?(V=Ke,Q=qe):(V=qe,Q=Ke),V&&Q&&(P=Ce<=O||Ce>=te-O,N=Pe<=O||Pe>=F-O),V&&P&&(Ce=Ce<Qn?0:te),Q&&N&&(Pe=Pe<Xn?0:F),Cn(null,!0,!0),nn=!1}Ce=-10,Pe=-10,ge.fill(null),Cn(null,!0,!0),D&&(nn=D)}function wr(r,a,d,p,b,w,T){W._lock||(Sn(r),Is(),Xs(),r!=null&&kl(Ci,n,Ce,Pe,te,F,null))}function Sr(){S.forEach(ed),Rs(n.width,n.height,!0)}In(gs,il,Sr);let nl={};nl.mousedown=vr,nl.mousemove=mr,nl.mouseup=yr,nl.dblclick=wr,nl.setSeries=(r,a,d,p)=>{let b=Oe.match[2];d=b(n,a,d),d!=-1&&Wt(d,p,!0,!1)},st&&(ot(Si,v,vr),ot(vo,v,mr),ot(ki,v,r=>{Sn(r),Sl(!1)}),ot(xi,v,Wc),ot(Ci,v,wr),Ro.add(n),n.syncRect=Sl);let Zl=n.hooks=e.hooks||{};function Ze(r,a,d){Gs?vl.push([r,a,d]):r in Zl&&Zl[r].forEach(p=>{p.call(null,n,a,d)})}(e.plugins||[]).forEach(r=>{for(let a in r.hooks)Zl[a]=(Zl[a]||[]).concat(r.hooks[a])});let kr=(r,a,d)=>d,Oe=Ve({key:null,setSeries:!1,filters:{pub:Oi,sub:Oi},scales:[L,y[1]?y[1].scale:null],match:[Fi,Fi,kr],values:[null,null]},W.sync);Oe.match.length==2&&Oe.match.push(kr),W.sync=Oe;let xr=Oe.key,eo=Ra(xr);function kl(r,a,d,p,b,w,T){Oe.filters.pub(r,a,d,p,b,w,T)&&eo.pub(r,a,d,p,b,w,T)}eo.sub(n);function jc(r,a,d,p,b,w,T){Oe.filters.sub(r,a,d,p,b,w,T)&&nl[r](null,a,d,p,b,w,T)}n.pub=jc;function Bc(){eo.unsub(n),Ro.delete(n),_n.clear(),Ao(gs,il,Sr),h.remove(),de?.remove(),Ze("destroy")}n.destroy=Bc;function to(){Ze("init",e,t),tr(t||e.data,!1),G[L]?Ys(L,G[L]):Is(),jl=Ee.show&&(Ee.width>0||Ee.height>0),wn=kt=!0,Rs(e.width,e.height)}return y.forEach(Xo),S.forEach(Sc),l?l instanceof HTMLElement?(l.appendChild(h),to()):l(n,to):to(),n}tt.assign=Ve;tt.fmtNum=Uo;tt.rangeNum=$s;tt.rangeLog=vs;tt.rangeAsinh=Vo;tt.orient=On;tt.pxRatio=fe;tt.join=ju;tt.fmtDate=Wo,tt.tzDate=tf;tt.sync=Ra;{tt.addGap=Ff,tt.clipGaps=Ss;let e=tt.paths={points:Ha};e.linear=za,e.stepped=Uf,e.bars=zf,e.spline=jf}function Es(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function td(e){let t=/^var\((--[\w-]+)\)$/.exec(e);return t?Es(t[1]):e}function Jt({title:e,series:t,data:l,format:n,height:s=170,emptyText:o,range:i}){let c=cn(i);c.current=i;let u=cn(null),h=cn(null),[f,$]=M(0);ee(()=>{let A=()=>$(E=>E+1);return addEventListener("switchboard-theme",A),()=>removeEventListener("switchboard-theme",A)},[]);let _=t.map(A=>A.label+A.color).join("|"),m=(l[0]?.length??0)>0&&l.slice(1).some(A=>A.some(E=>E!=null));ee(()=>{let A=u.current;if(!A)return;let E={stroke:Es("--muted"),grid:{stroke:Es("--grid"),width:1},ticks:{stroke:Es("--grid"),width:1},font:"11px system-ui, sans-serif"},k={width:Math.max(200,A.clientWidth),height:s,legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0,range:(x,U,L)=>c.current??[U,L]},y:{range:(x,U,L)=>[0,L>0?L*1.1:1]}},axes:[E,{...E,size:60,values:(x,U)=>U.map(L=>n(L))}],series:[{},...t.map(x=>({label:x.label,stroke:td(x.color),width:2,...x.dash?{dash:[6,4]}:{},points:{show:U=>(U.data[0]?.length??0)<4,size:6},value:(U,L)=>L==null?"\u2014":n(L)}))]},y=new tt(k,l,A);h.current=y;let S=new ResizeObserver(()=>{y.setSize({width:Math.max(200,A.clientWidth),height:s})});return S.observe(A),()=>{S.disconnect(),y.destroy(),h.current=null}},[_,s,f]),ee(()=>{h.current?.setData(l)},[l]);let v=l.slice(1).some(A=>A.some(E=>typeof E=="number"&&E>0));return g`<figure class="chart" aria-label=${e} data-nonzero=${v?"":void 0}>
    <figcaption>${e}</figcaption>
    <div class="chart-box" ref=${u} role="img" aria-label=${`${e} chart`}></div>
    ${m?null:g`<div class="chart-empty">${o??"no data in this range yet"}</div>`}
  </figure>`}function Ts(){let e=le(ye),t=Re("sessions"),[l,n]=M(null),[s,o]=M({});ee(()=>{pt("GET /nodes")&&pe("/nodes").then(u=>n(u.items)).catch(()=>n(null))},[Math.floor(t/10)]),ee(()=>{pe("/sessions",{status:"active",limit:1e3}).then(u=>{let h={};for(let f of u.items)h[f.edgeId??"?"]=(h[f.edgeId??"?"]??0)+1;o(h)}).catch(()=>o({}))},[t]);let i=e.fleet?.summary.positions??{},c=e.fleet?.summary.routing??[];return g`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${l?g`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node</th>
                    <th scope="col" class="num">partitions</th>
                    <th scope="col" class="num">sessions</th>
                    <th scope="col">up since</th>
                  </tr>
                </thead>
                <tbody>
                        ${l.map(u=>g`
                            <tr>
                              <td title=${`${u.address??""} ${u.version??""}`}>${u.id}${u.self?g`
                                  <span class="tag">this</span>
                                `:null}</td>
                              <td class="num">${u.partitions.length}</td>
                              <td class="num">${lt(u.sessions)}</td>
                              <td>
                                <${_e} at=${u.startedAt} />
                              </td>
                            </tr>
                          `)}</tbody>
              </table>
            `:g`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node (edge)</th>
                    <th scope="col">active sessions</th>
                  </tr>
                </thead>
                <tbody>
                        ${Object.entries(s).map(([u,h])=>g`
                            <tr>
                              <td>${u}</td>
                              <td>${h}</td>
                            </tr>
                          `)}
                        ${Object.keys(s).length===0?g`
                            <tr>
                              <td colspan="2" class="muted">no active sessions</td>
                            </tr>
                          `:null}
                        </tbody>
              </table>
            `}
        </div>
      <div>
        <h3>Routing decisions</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">strategy</th>
              <th scope="col" class="num">routed</th>
              <th scope="col" class="num">failovers</th>
              <th scope="col" class="num">share</th>
            </tr>
          </thead>
          <tbody>
            ${c.map(u=>g`
                <tr>
                  <td>${u.strategy}</td>
                  <td class="num">${lt(u.routed)}</td>
                  <td class="num">${lt(u.rebound)}</td>
                  <td class="num">${Pl(u.share)}</td>
                </tr>
              `)}
            ${c.length===0?g`
                <tr>
                  <td colspan="4" class="muted">none yet</td>
                </tr>
              `:null}
          </tbody>
        </table>
      </div>
      <div>
        <h3>Read models</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">projection</th>
              <th scope="col">log position</th>
            </tr>
          </thead>
          <tbody>${Object.entries(i).map(([u,h])=>g`
              <tr>
                <td>${u}</td>
                <td>${lt(h)}</td>
              </tr>
            `)}</tbody>
        </table>
      </div>
    </div>
  `}function Ga(){let e=Re("alerts"),[t,l]=M([]);return ee(()=>{pt("GET /alerts")&&pe("/alerts",{state:"firing"}).then(n=>l(n.items.filter(s=>(s.state??"firing")==="firing"))).catch(()=>l([]))},[e]),t.length===0?null:g`<div class="banner bad" role="alert">
    <strong>${t.length} alert${t.length>1?"s":""} firing:</strong>
    ${t.slice(0,4).map(n=>g`<a href="#/alerts" class="banner-item">${n.labels?.alertname??n.annotations?.summary??n.ruleId}${n.labels?.agent?` (${n.labels.agent})`:""}</a>`)}${t.length>4?g`
        and ${t.length-4} more
      `:null}
  </div>`}var nd={"5m":{seconds:300,resolution:10},"1h":{seconds:3600,resolution:60},"24h":{seconds:86400,resolution:60}},$n={a:"var(--c1)",b:"var(--c2)",c:"var(--c3)",d:"var(--c4)"};function As(e,t){let l=e;for(let n of t.split("."))l=l&&typeof l=="object"?l[n]:null;return typeof l=="number"?l:null}function ml(e,t,l){let n=[...e].filter(s=>Date.parse(s.start)>=l).sort((s,o)=>Date.parse(s.start)-Date.parse(o.start));return[n.map(s=>Date.parse(s.start)/1e3),...t.map(s=>n.map(o=>typeof s=="string"?As(o,s):s(o)))]}var ld=e=>{let t=As(e,"opened");return t===null?null:t/e.seconds};function sd(e,t){let l=e.filter(i=>Date.parse(i.at)>=t),n=l.map(i=>Date.parse(i.at)/1e3),s=l.map(i=>i.sessions),o=l.map((i,c)=>{let u=l[c-1];if(!u)return null;let h=(Date.parse(i.at)-Date.parse(u.at))/1e3;return h>0?Math.max(0,(i.opened-u.opened)/h):null});return{xs:n,sessions:s,opens:o}}function Ya(){let e=le(ye),[t,l]=M("5m"),[n,s]=M([]),[o,i]=M(null),c=Re("tick"),u=e.fleet?.summary,{seconds:h,resolution:f}=nd[t];ee(()=>{let y=Math.ceil(h/f)+1;pe("/load/series",{scope:"fleet",resolution:f,limit:y}).then(S=>{s(S.items),i(null)}).catch(i)},[t,Math.floor(c/5)]);let $=Date.now()-h*1e3,_=[$/1e3,Date.now()/1e3],m=go(()=>sd(e.history,$),[e.history,t]),v=n.some(y=>As(y,"opened")!==null),A=n.some(y=>As(y,"relayLatencyMs.p50")!==null)?["relayLatencyMs.p50","relayLatencyMs.p99"]:["latencyP50Ms","latencyP99Ms"],E=u?.relayLatencyMs,k=u?.responseLatencyMs;return g`
    <div class="view">
      <${Ga} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${sl} label="Time range" value=${t} onChange=${l}
          options=${[{value:"5m",label:"5 min"},{value:"1h",label:"1 h"},{value:"24h",label:"24 h"}]} />
      </div>
      <${be} error=${o} />
      <div class="stats">
          <${hn} label="Live sessions" value=${lt(u?.sessions.live)}
            hint=${`${lt(u?.connections)} attached`} />
          <${hn} label="Agents" value=${lt(u?.agents.total)}
            hint=${u?Object.entries(u.agents.byStatus).map(([y,S])=>`${S} ${y}`).join(" \xB7 "):""} />
          <${hn} label="Frames" value=${us(u?.framesPerSecond)} />
          <${hn} label="Traffic" value=${dn(u?.bytesPerSecond,"/s")} />
          <${hn} label="Error rate" value=${Pl(u?.errorRate)}
            tone=${(u?.errorRate??0)>.05?"bad":""} />
          <${hn} label="Relay p50 / p99"
            value=${_o(E?.p50??u?.latencyP50Ms,E?.p99??u?.latencyP99Ms)} />
          ${k?g`<${hn} label="Response p50 / p99" value=${_o(k.p50,k.p99)} />`:null}
        </div>
      <div class="charts">
        <${Jt} range=${_} title="Sessions" format=${y=>y.toFixed(0)}
          series=${[{label:"live sessions",color:$n.a}]}
          data=${[m.xs,m.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${Jt} range=${_} title="Opens per second" format=${y=>us(y,"")}
          series=${[{label:"opens/s",color:$n.b}]}
          data=${v?ml(n,[ld],$):[m.xs,m.opens]} />
        <${Jt} range=${_} title="Frames per second" format=${y=>us(y,"")}
          series=${[{label:"frames/s",color:$n.c}]}
          data=${ml(n,["framesPerSecond"],$)} />
        <${Jt} range=${_} title="Bytes per second" format=${y=>dn(y)}
          series=${[{label:"bytes/s",color:$n.d}]}
          data=${ml(n,["bytesPerSecond"],$)} />
        <${Jt} range=${_} title="Error rate" format=${y=>Pl(y)}
          series=${[{label:"error rate",color:"var(--bad)"}]}
          data=${ml(n,["errorRate"],$)} />
        <${Jt} range=${_} title="Relay latency" format=${y=>Dl(y)}
          series=${[{label:"p50",color:$n.a},{label:"p99",color:$n.b}]}
          data=${ml(n,A,$)}
          emptyText="no relay latency measured in this range" />
        <${Jt} range=${_} title="Response latency" format=${y=>Dl(y)}
          series=${[{label:"p50",color:$n.c},{label:"p99",color:$n.d}]}
          data=${ml(n,["responseLatencyMs.p50","responseLatencyMs.p99"],$)}
          emptyText="no response latency measured in this range" />
      </div>
      <${q} title="Cluster">
        <${Ts} />
        </${q}>
        </div>
  `}function od(e){if(e.length<2)return 0;let t=e.reduce((n,s)=>n+s,0)/e.length;if(t===0)return 0;let l=e.reduce((n,s)=>n+(s-t)**2,0)/e.length;return Math.sqrt(l)/t}function rd(e){let t=new Map;for(let l of e)if(l.status!=="deregistered")for(let n of l.capabilities)t.set(n,[...t.get(n)??[],l]);return[...t.entries()].sort(([l],[n])=>l.localeCompare(n))}function Ja(){let t=le(ye).fleet?.agents??[],l=rd(t),n=Math.max(1,...t.map(s=>s.currentSessions));return g`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${l.length===0?g`<${X}>No agents registered.</${X}>`:null}
    <div class="dist-grid">
    ${l.map(([s,o])=>{let i=o.map(f=>f.currentSessions),c=i.reduce((f,$)=>f+$,0),u=od(i),h=u>.5?"bad":u>.25?"warn":"good";return g`
        <${q} title=${s}
          actions=${g`
            <span class=${`badge t-${h}`}
              title="standard deviation over mean of sessions per agent">
                      ${c} sessions · imbalance ${(u*100).toFixed(0)}%</span>
          `}>
          <ul class="bars" aria-label=${`sessions per agent for ${s}`}>
                ${[...o].sort((f,$)=>$.currentSessions-f.currentSessions).map(f=>g`
                    <li class="bar-row">
                      <a class="bar-name" href=${`#/agents/${encodeURIComponent(f.id)}`}>${f.name}</a>
                      <span class="bar-track" role="meter" aria-valuemin="0" aria-valuemax=${n}
                        aria-valuenow=${f.currentSessions} aria-label=${`${f.name} sessions`}>
                                  <span class=${`bar-fill s-${f.status}`} style=${{width:`${f.currentSessions/n*100}%`}}></span></span>
                      <span class="bar-value">${f.currentSessions}</span>
                      <${Tt} status=${f.status} maintenance=${f.maintenance} />
                    </li>
                  `)}
                </ul>
          </${q}>
      `})}
    </div>
    <${q} title="Per node"><${Ts} /></${q}>
  </div>`}var gl=(e,t="")=>`/agents/${encodeURIComponent(e.id)}${t}`;function Ul({agent:e,ask:t,compact:l}){if(e.status==="deregistered")return null;let n=g`<strong>${e.name}</strong>`,s=[e.draining?g`<button type="button" onClick=${()=>t({title:`Undrain ${e.name}?`,body:g`<p>${n} takes new sessions again.</p>`,confirmLabel:"Undrain",run:()=>me("POST",gl(e,"/undrain"),{})})}>Undrain</button>`:g`<button type="button" onClick=${()=>t({title:`Drain ${e.name}?`,body:g`<p>${n} takes no new sessions; its ${e.currentSessions} sessions stay
            until they end.</p>`,confirmLabel:"Drain",run:()=>me("POST",gl(e,"/drain"),{})})}>Drain</button>`,g`<button type="button" onClick=${()=>t({title:`${e.maintenance?"End":"Start"} maintenance on ${e.name}?`,body:g`<p>${e.maintenance?"It takes new sessions again.":"It is drained and marked as in maintenance."}</p>`,confirmLabel:e.maintenance?"End maintenance":"Start maintenance",run:()=>me("POST",gl(e,"/maintenance"),{on:!e.maintenance})})}>${e.maintenance?"End maint.":"Maintenance"}</button>`,g`<button type="button" onClick=${()=>t({title:`Weight of ${e.name}`,body:g`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,confirmLabel:"Set weight",input:{label:"Weight",value:String(e.weight??1),type:"number"},run:o=>me("POST",gl(e,"/weight"),{weight:Number(o)})})}>Weight</button>`,g`<button type="button" class="warn" onClick=${()=>t({title:`Eject ${e.name}?`,body:g`<p>${n} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,confirmLabel:"Eject",danger:!0,run:()=>me("POST",gl(e,"/eject"),{})})}>Eject</button>`,g`<button type="button" class="danger" onClick=${()=>t({title:`Deregister ${e.name}?`,body:g`<p>${n} leaves the registry; its sessions move to other agents.</p>`,confirmLabel:"Deregister",danger:!0,run:()=>me("DELETE",gl(e))})}>Deregister</button>`];return g`
    <div class=${`actions ${l?"compact":""}`} role="group"
      aria-label=${`actions for ${e.name}`}>${s}</div>
  `}var id=["","healthy","suspect","unhealthy","draining","deregistered"];function ad(e,t,l){if(l?e.status!==l:e.status==="deregistered")return!1;if(!t)return!0;let n=t.toLowerCase();return[e.name,e.id,e.version??"",e.host,...e.capabilities].some(s=>s.toLowerCase().includes(n))}function Ka(){let e=le(ye),t=le(ve),[l,n]=M(""),[s,o]=M(""),[i,c]=M(null),u=(e.fleet?.agents??[]).filter(f=>ad(f,l,s)).sort((f,$)=>f.name.localeCompare($.name)),h=We(t);return g`<div class="view">
    <div class="view-head"><h1>Agents</h1><div class="spacer"></div>
      <label class="field inline">Filter
        <input type="search" placeholder="name, id, capability, version" value=${l}
          onInput=${f=>n(f.target.value)} /></label>
      <label class="field inline">Status
        <select value=${s} onChange=${f=>o(f.target.value)}>
          ${id.map(f=>g`<option value=${f}>${f||"all but deregistered"}</option>`)}
        </select></label>
    </div>
    <div class="table-wrap">
    <table class="table" aria-label="agents">
      <thead><tr><th scope="col">Agent</th><th scope="col">Status</th><th scope="col">Capabilities</th>
        <th scope="col">Version</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Sessions</th>
        <th scope="col" class="hide-narrow">Load</th><th scope="col">Heartbeat</th>
        ${h?g`<th scope="col">Actions</th>`:null}</tr></thead>
      <tbody>${u.map(f=>g`<tr data-agent=${f.id}>
        <td><a href=${`#/agents/${encodeURIComponent(f.id)}`} onClick=${$=>{$.preventDefault(),cs(`agents/${encodeURIComponent(f.id)}`)}}>${f.name}</a> <${pn} id=${f.id} iconOnly=${f.id===f.name} /></td>
        <td><${Tt} status=${f.status} maintenance=${f.maintenance} /></td>
        <td>${f.capabilities.map($=>g`<span class="tag">${$}</span>`)}</td>
        <td>${f.version??"\u2014"}</td>
        <td class="num">${f.weight??1}</td>
        <td class="num">${f.currentSessions}${f.maxSessions?g`<span class="muted">/${f.maxSessions}</span>`:null}</td>
        <td class="hide-narrow">${f.load.cpu!==void 0?`cpu ${f.load.cpu.toFixed(0)}%`:"\u2014"}${f.load.latencyMs!==void 0?` \xB7 ${f.load.latencyMs.toFixed(0)} ms`:""}</td>
        <td><${_e} at=${f.lastHeartbeatAt} /></td>
        ${h?g`
            <td>
              <div class="wide-only">
                <${Ul} agent=${f} ask=${c} compact />
              </div>
              <details class="menu narrow-only">
                <summary>Actions</summary>
                <${Ul} agent=${f} ask=${c} />
              </details>
            </td>
          `:null}
      </tr>`)}</tbody>
    </table>
    </div>
    ${u.length===0?g`<${X}>No agent matches.</${X}>`:null}
    <${At} request=${i} onClose=${()=>c(null)} />
  </div>`}function Ms({sessions:e}){let l=le(ye).fleet?.agents;return e.length===0?g`<${X}>No sessions.</${X}>`:g`
    <div class="table-wrap">
      <table class="table" aria-label="sessions">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Status</th>
            <th scope="col">Capability</th>
            <th scope="col">Agent</th>
            <th scope="col" class="hide-narrow">Client</th>
            <th scope="col">Opened</th>
            <th scope="col" class="num">Frames in/out</th>
            <th scope="col" class="num hide-narrow">Bytes</th>
          </tr>
        </thead>
        <tbody>${e.map(n=>g`
            <tr data-session=${n.id}>
              <td>
                <${pn} id=${n.id} href=${`#/sessions/${encodeURIComponent(n.id)}`} />
              </td>
              <td>
                <${Tt} status=${n.status} />
              </td>
              <td>${n.capability??n.agentType??"\u2014"}</td>
              <td>${n.agentId?g`<a href=${`#/agents/${encodeURIComponent(n.agentId)}`}>${fn(l,n.agentId)}</a>`:"\u2014"}</td>
              <td class="hide-narrow">${n.clientId}</td>
              <td>
                <${_e} at=${n.openedAt} />
              </td>
              <td class="num">${lt(n.traffic.framesIn)} / ${lt(n.traffic.framesOut)}</td>
              <td class="num hide-narrow">${dn(n.traffic.bytesIn+n.traffic.bytesOut)}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}var cd=["agent.registered","agent.updated","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.weightChanged","agent.deregistered"];function ud(e){let t=e.data;switch(e.type){case"agent.healthChanged":return`${t.from} \u2192 ${t.to}${t.reason?`: ${t.reason}`:""}`;case"agent.drained":return`drained${t.deadline?` until ${t.deadline}`:""}`;case"agent.maintenanceChanged":return t.on?"maintenance on":"maintenance off";case"agent.undrained":return"undrained";case"agent.weightChanged":return`weight ${t.previous} \u2192 ${t.weight}`;case"agent.updated":return`updated (version ${t.previousVersion} \u2192 ${t.version})`;case"agent.registered":return`registered, version ${t.version}`;case"agent.deregistered":return`deregistered: ${t.reason}`;default:return e.type}}function qa({id:e}){let t=le(ve),l=Re("agents","sessions"),[n,s]=M(null),[o,i]=M([]),[c,u]=M(null),[h,f]=M(null),[$,_]=M(null);return ee(()=>{pe(`/agents/${encodeURIComponent(e)}`).then(s).catch(f),pe("/sessions",{agentId:e,limit:50}).then(m=>i(m.items)).catch(f),Dn(t)&&Mn("/events",{stream:`agent-${e}`,type:cd.join(","),limit:200}).then(m=>u(m.reverse())).catch(()=>u(null))},[e,l]),h?g`
      <div class="view">
        <${be} error=${h} />
      </div>
    `:n?g`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/agents">Agents</a> / ${n.name}</nav>
      <div class="view-head"><h1>${n.name}</h1>
          <${Tt} status=${n.status} maintenance=${n.maintenance} />
          <div class="spacer"></div>
          ${We(t)?g`<${Ul} agent=${n} ask=${_} />`:null}
        </div>
      <div class="detail-grid">
        <${q} title="Agent">
          <dl class="props">
            <dt>id</dt>
            <dd>
              <${pn} id=${n.id} />
            </dd>
            <dt>address</dt>
            <dd><code>${n.host}:${n.port}${n.path??"/"}</code></dd>
            <dt>type</dt>
            <dd>${n.agentType}</dd>
            <dt>capabilities</dt>
            <dd>${n.capabilities.map(m=>g`<span class="tag">${m}</span>`)}</dd>
            <dt>version</dt>
            <dd>${n.version??"\u2014"}</dd>
            <dt>weight</dt>
            <dd>${n.weight??1}</dd>
            <dt>sessions</dt>
            <dd>${n.currentSessions}${n.maxSessions?` of ${n.maxSessions}`:""}</dd>
            <dt>health</dt>
            <dd>${n.health}${n.ejectedUntil?g`
                (held out until <${_e} at=${n.ejectedUntil} />)
              `:null}</dd>
            <dt>last heartbeat</dt>
            <dd>
              <${_e} at=${n.lastHeartbeatAt} />
            </dd>
            <dt>registered</dt>
            <dd>
              <${_e} at=${n.registeredAt} />
            </dd>
            <dt>load</dt>
            <dd>${Object.entries(n.load).map(([m,v])=>`${m} ${v}`).join(" \xB7 ")||"\u2014"}</dd>
          </dl>
          </${q}>
          <${q} title="Versions">
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">version</th>
                  <th scope="col">from</th>
                  <th scope="col">when</th>
                </tr>
              </thead>
              <tbody>${n.versions.map(m=>g`
                  <tr>
                    <td>${m.version}</td>
                    <td>${m.previousVersion??"\u2014"}</td>
                    <td>
                      <${_e} at=${m.at} />
                    </td>
                  </tr>
                `)}</tbody>
            </table>
            </${q}>
            <${q} title="Health history">
            ${c===null?g`<${X}>The history comes from the event log, which needs the auditor or admin role.</${X}>`:g`<ol class="timeline">${c.map(m=>g`<li><${_e} at=${m.data.at} /> <span>${ud(m)}</span></li>`)}</ol>`}
          </${q}>
        </div>
        <${q} title="Sessions on this agent">
          <${Ms} sessions=${o} />
        </${q}>
        <${At} request=${$} onClose=${()=>_(null)} />
      </div>
  `:g`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `}var fd=["","opening","active","detached","closed"],dd=25;function Za(){let e=le(ye),t=Re("sessions"),[l,n]=M(""),[s,o]=M(""),[i,c]=M(""),[u,h]=M(""),[f,$]=M(""),[_,m]=M([void 0]),[v,A]=M(null),[E,k]=M(null),y=_.at(-1);ee(()=>{let R=!0;return pe("/sessions",{status:l,agentId:s,capability:i,clientId:u.trim(),limit:dd,cursor:y}).then(K=>{R&&(A(K),k(null))}).catch(K=>R&&k(K)),()=>{R=!1}},[l,s,i,u,y,t]);let S=R=>K=>{R(K),m([void 0])},x=v?.items??[],U=(e.fleet?.agents??[]).filter(R=>R.status!=="deregistered"),L=[...new Set(U.flatMap(R=>R.capabilities))].sort(),Y=R=>R.target.value;return g`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${l}
            onChange=${R=>S(n)(Y(R))}>
            ${fd.map(R=>g`<option value=${R}>${R||"any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${s}
            onChange=${R=>S(o)(Y(R))}>
            <option value="">any</option>
            ${U.map(R=>g`<option value=${R.id}>${R.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${i}
            onChange=${R=>S(c)(Y(R))}>
            <option value="">any</option>
            ${L.map(R=>g`<option value=${R}>${R}</option>`)}</select></label>
        <label
          class="field inline">Client <input type="search" value=${f} placeholder="client id"
            onInput=${R=>$(Y(R))}
            onChange=${R=>S(h)(Y(R))} /></label>
      </div>
      <${be} error=${E} />
      <${Ms} sessions=${x} />
      <div class="pager" role="navigation" aria-label="pages">
        <button type="button" disabled=${_.length<=1}
          onClick=${()=>m(_.slice(0,-1))}>← Newer</button>
        <span class="muted">page ${_.length}</span>
        <button type="button" disabled=${!v?.nextCursor}
          onClick=${()=>m([..._,Number(v.nextCursor)])}>Older →</button>
      </div>
    </div>
  `}function Qa({id:e}){let t=le(ve),l=le(ye),n=Re("sessions"),[s,o]=M(null),[i,c]=M(null),[u,h]=M(null),[f,$]=M(null);if(ee(()=>{pe(`/sessions/${encodeURIComponent(e)}`).then(o).catch(h),Dn(t)&&Mn("/events",{stream:`session-${e}`,limit:500}).then(c).catch(()=>c(null))},[e,n]),u)return g`
      <div class="view">
        <${be} error=${u} />
      </div>
    `;if(!s)return g`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;let _=l.fleet?.agents,m=[...i??[]].reverse().find(k=>k.type==="session.routed"||k.type==="session.rebound"),v=m?.data.decision,A=m?.data.agentId,E=()=>$({title:"Close this session?",body:g`<p>The client's socket is closed by the edge holding it.</p>`,confirmLabel:"Close session",danger:!0,run:()=>me("DELETE",`/sessions/${encodeURIComponent(e)}`)});return g`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/sessions">Sessions</a> / ${e.slice(0,8)}</nav>
      <div
        class="view-head"><h1>Session <${pn} id=${s.id} /></h1><${Tt} status=${s.status} />
          <div class="spacer"></div>
          ${We(t)&&s.status!=="closed"?g`<button type="button" class="danger" onClick=${E}>Close session</button>`:null}
        </div>
      <div class="detail-grid">
        <${q} title="Session">
          <dl class="props">
              <dt>capability</dt><dd>${s.capability??s.agentType??"\u2014"}</dd>
              <dt>agent</dt><dd>${s.agentId?g`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${fn(_,s.agentId)}</a>`:"\u2014"}</dd>
              <dt>client</dt><dd>${s.clientId}</dd>
              <dt>edge</dt><dd>${s.edgeId??"\u2014"}</dd>
              <dt>opened</dt><dd><${_e} at=${s.openedAt} /></dd>
              <dt>last event</dt><dd><${_e} at=${s.lastEventAt} /></dd>
              ${s.closedAt?g`
                  <dt>closed</dt>
                  <dd><${_e} at=${s.closedAt} /> ${s.closeReason??""} ${s.closeCode??""}</dd>
                `:null}
              <dt>strategy</dt><dd>${s.strategy??"\u2014"}</dd>
              <dt>rebinds / resumes / detaches</dt><dd>${s.rebinds} / ${s.resumes} / ${s.detaches}</dd>
              <dt>frames in / out</dt><dd>${lt(s.traffic.framesIn)} / ${lt(s.traffic.framesOut)}</dd>
              <dt>bytes in / out</dt><dd>${dn(s.traffic.bytesIn)} / ${dn(s.traffic.bytesOut)}</dd>
              <dt>errors</dt><dd>${lt(s.traffic.errors)}</dd>
            </dl>
          </${q}>
          <${q} title="Routing decision">
            ${v?g`
                <p>${"Strategy "}<strong>${v.strategy}</strong>${" chose "}<strong>${fn(_,A)}</strong>${` of ${v.candidates.length} candidates.`}</p>
                <table class="table compact" aria-label="candidates">
                  <thead>
                    <tr>
                      <th scope="col">candidate</th>
                      <th scope="col" class="num">score</th>
                    </tr>
                  </thead>
                  <tbody>
                            ${[...v.candidates].sort((k,y)=>y.score-k.score).map(k=>g`
                                <tr class=${k.agentId===A?"chosen":""}>
                                  <td>${fn(_,k.agentId)}
                                              ${k.agentId===A?g`<span class="tag">chosen</span>`:null}</td>
                                  <td class="num">${k.score.toFixed(3)}</td>
                                </tr>
                              `)}</tbody>
                </table>
              `:g`<${X}>${i===null?"The decision is read from the event log, which needs the auditor or admin role.":"Not routed yet."}</${X}>`}
          </${q}>
        </div>
        <${q} title="Event history">
          ${i===null?g`<${X}>Needs the auditor or admin role.</${X}>`:g`<ol class="timeline">${i.map(k=>g`<li><span class="pos">#${k.position}</span> <${_e} at=${k.recordedAt} />
          <code>${k.type}</code> <span class="muted">${pd(k)}</span></li>`)}</ol>`}
        </${q}>
        <${At} request=${f} onClose=${()=>$(null)} />
      </div>
  `}function pd(e){let t=e.data;return e.type==="session.closed"?`${t.reason??""} ${t.code??""}`:e.type==="session.trafficReported"?`frames ${t.framesIn??""}/${t.framesOut??""}`:e.type==="session.rebound"?`\u2192 ${t.agentId} (${t.reason??""})`:e.type==="session.routed"?`\u2192 ${t.agentId}`:""}var hd={"round-robin":"each healthy agent in turn","weighted-round-robin":"in turn, in proportion to each agent's weight","least-connections":"the agent with the fewest live sessions","consistent-hash":"the same client to the same agent while the fleet stays",capability:"the best match for the requested capability"};function md({capability:e,policy:t,strategies:l,editable:n,ask:s}){let[o,i]=M(t);ee(()=>i(t),[JSON.stringify(t)]);let c=JSON.stringify(o)!==JSON.stringify(t),u=k=>i({...o,...k}),h=k=>`routing-${e}-${k}`,[f,$]=M(null),[_,m]=M(null),v=()=>{let k={strategy:o.strategy,sticky:o.sticky,failover:o.failover,retryAfterSeconds:o.retryAfterSeconds};return o.fallbackCapability&&(k.fallbackCapability=o.fallbackCapability),k},A=async()=>{m(null);try{$(await me("POST","/routing/dry-run",{capability:e,policy:v(),limit:100}))}catch(k){$(null),m(k)}};return g`<form class="policy" onSubmit=${k=>{k.preventDefault(),s({title:`Change routing of ${e}?`,body:g`<p>New sessions for <strong>${e}</strong> are routed by
        <strong>${o.strategy}</strong>${o.sticky?", sticky":""}${o.failover?", with failover":""}.</p>`,confirmLabel:"Apply",run:()=>me("PUT","/routing",{capability:e,policy:v()})})}} aria-label=${`routing policy for ${e}`}>
    <h3>${e}</h3>
    <label class="field" for=${h("strategy")}>Strategy
      <select id=${h("strategy")} name="strategy" disabled=${!n} value=${o.strategy}
        onChange=${k=>u({strategy:k.target.value})}>
        ${l.map(k=>g`<option value=${k}>${k}</option>`)}
      </select></label>
    <p class="hint">${hd[o.strategy]??"a plugged-in strategy"}</p>
    <label class="check"><input type="checkbox" checked=${o.sticky} disabled=${!n}
      onChange=${k=>u({sticky:k.target.checked})} /> sticky sessions</label>
    <label class="check"><input type="checkbox" checked=${o.failover} disabled=${!n}
      onChange=${k=>u({failover:k.target.checked})} /> failover</label>
    <label class="field">Fallback capability
      <input value=${o.fallbackCapability??""} disabled=${!n} placeholder="none"
        onInput=${k=>u({fallbackCapability:k.target.value||void 0})} /></label>
    <label class="field">Retry after (s)
      <input type="number" min="1" max="3600" value=${o.retryAfterSeconds} disabled=${!n}
        onInput=${k=>u({retryAfterSeconds:Number(k.target.value)})} /></label>
    ${n?g`<div class="row end">
        ${pt("POST /routing/dry-run")?g`
            <button type="button" onClick=${A}
              title="replay the last 100 sessions of this capability under this policy">Dry run</button>
          `:null}
        <button type="button" disabled=${!c} onClick=${()=>i(t)}>Reset</button>
        <button type="submit" class="primary" disabled=${!c}>Save</button></div>`:null}
  <${be} error=${_} />
  ${f?g`<${gd} trial=${f} />`:null}
  </form>`}function gd({trial:e}){let t=le(ye).fleet?.agents,l=[...new Set([...Object.keys(e.summary.before),...Object.keys(e.summary.after)])].sort();return g`
    <div class="trial" aria-label="dry run result">
      <p class="hint">Of the last ${e.sessions} sessions, ${e.summary.changed} would have gone
          elsewhere, ${e.summary.unroutable} nowhere; ${e.summary.unchanged} the same.</p>
      <table class="table compact">
        <thead>
          <tr>
            <th scope="col">agent</th>
            <th scope="col" class="num">as routed</th>
            <th scope="col" class="num">under this policy</th>
          </tr>
        </thead>
        <tbody>${l.map(n=>g`
            <tr>
              <td>${fn(t,n)}</td>
              <td class="num">${e.summary.before[n]??0}</td>
              <td class="num">${e.summary.after[n]??0}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}function Xa(){let e=le(ve),t=Re("routing","agents"),[l,n]=M(null),[s,o]=M(null),[i,c]=M(null);ee(()=>{pe("/routing").then(n).catch(o)},[t]);let u=We(e);return g`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${be} error=${s} />
    ${l&&l.items.length===0?g`<${X}>No capability is known yet.</${X}>`:null}
    <div class="policies">
      ${l?.items.map(h=>g`
        <${q}>
          <${md} capability=${h.capability} policy=${h.policy}
            strategies=${l.strategies} editable=${u} ask=${c} />
          </${q}>
      `)}
    </div>
    <${At} request=${i} onClose=${()=>c(null)} />
  </div>`}function ec(e,t){let l=e.split(`
`),n=t.split(`
`),s=l.length,o=n.length,i=Array.from({length:s+1},()=>new Array(o+1).fill(0));for(let f=s-1;f>=0;f--)for(let $=o-1;$>=0;$--)i[f][$]=l[f]===n[$]?i[f+1][$+1]+1:Math.max(i[f+1][$],i[f][$+1]);let c=[],u=0,h=0;for(;u<s&&h<o;)l[u]===n[h]?(c.push({kind:"same",text:l[u]}),u++,h++):i[u+1][h]>=i[u][h+1]?c.push({kind:"del",text:l[u++]}):c.push({kind:"add",text:n[h++]});for(;u<s;)c.push({kind:"del",text:l[u++]});for(;h<o;)c.push({kind:"add",text:n[h++]});return c}var Ds=e=>JSON.stringify(e,null,2);function $d(e){return/body\.config\.([\w.[\]]+)/.exec(e)?.[1]}function tc({before:e,after:t}){let l=ec(Ds(e),Ds(t));if(l.filter(o=>o.kind!=="same").length===0)return g`<${X}>No difference.</${X}>`;let s=l.map((o,i)=>l.slice(Math.max(0,i-2),i+3).some(c=>c.kind!=="same"));return g`<pre class="diff" aria-label="differences">${l.map((o,i)=>s[i]?g`<div class=${`d-${o.kind}`}>${o.kind==="add"?"+ ":o.kind==="del"?"- ":"  "}${o.text}</div>`:null)}</pre>`}function nc(){let e=le(ve),t=Re("config"),[l,n]=M(null),[s,o]=M(""),[i,c]=M(!1),[u,h]=M(null),[f,$]=M([]),[_,m]=M(null),[v,A]=M(null),[E,k]=M(null),[y,S]=M(null),x=ai(e);ee(()=>{pe("/config").then(C=>{n(C),i||o(Ds(C.config))}).catch(k),pe("/config/history",{limit:100}).then(C=>{$(C.items),C.items.length>=2&&_===null&&(m(C.items[1].version),A(C.items[0].version))}).catch(k)},[t]);let U=C=>{o(C),c(!0);try{JSON.parse(C),h(null)}catch(H){h(`not JSON: ${H.message}`)}},L=async C=>{try{await me("PUT","/config",{config:C,expectedVersion:l?.version}),c(!1),h(null)}catch(H){throw H instanceof un&&H.status===400&&h(H.message),H}},Y=async C=>{C.preventDefault();let H;try{H=JSON.parse(s)}catch(I){h(`not JSON: ${I.message}`);return}try{await L(H)}catch(I){I instanceof un&&I.status===400||k(I)}},R=C=>S({title:`Roll back to version ${C.version}?`,body:g`
        <p>Version ${C.version}'s settings become version ${(l?.version??0)+1}.</p>
        <${tc} before=${l?.config} after=${C.config} />
      `,confirmLabel:"Roll back",run:()=>L(C.config)}),K=u?$d(u):void 0,z=C=>f.find(H=>H.version===C);return g`
    <div class="view">
      <div class="view-head"><h1>Configuration</h1>
          <span class="muted">version ${l?.version??"\u2026"}</span></div>
      <${be} error=${E} />
      <div class="config-grid">
        <${q} title="Editor">
          <form onSubmit=${Y}>
              <label class="field" for="config-text">Runtime config (JSON)${x?"":" \u2014 read-only: admins change it"}</label>
              <textarea id="config-text" class=${`code ${u?"invalid":""}`} spellcheck="false"
                rows="24" readonly=${!x} aria-invalid=${u?"true":"false"}
                aria-describedby="config-problem"
                onInput=${C=>U(C.target.value)}
                value=${s}></textarea>
              <p id="config-problem" class=${u?"error":"hint"} role=${u?"alert":void 0}>
                ${u?g`${K?g`
                        <strong>${K}</strong>:
                      `:null}${u}`:"Unknown fields and bad values are refused with the field named."}</p>
              ${x?g`
                  <div class="row end">
                    <button type="button" disabled=${!i} onClick=${()=>{o(Ds(l?.config)),c(!1),h(null)}}>Discard</button>
                    <button type="submit" class="primary" disabled=${!i||!!u?.startsWith("not JSON")}>Save</button>
                  </div>
                `:null}
            </form>
          </${q}>
          <${q} title="History">
            <table class="table compact" aria-label="config versions"><thead><tr><th scope="col">version</th>
              <th scope="col">when</th><th scope="col">by</th><th scope="col">compare</th>${x?g`<th scope="col"></th>`:null}</tr></thead>
              <tbody>${f.map(C=>g`<tr><td>${C.version}${C.version===l?.version?g`
                      <span class="tag">current</span>
                    `:null}</td>
            <td><${_e} at=${C.at} /></td><td>${C.by?ll(C.by):"\u2014"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${_===C.version}
              onChange=${()=>m(C.version)} aria-label=${`compare from version ${C.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${v===C.version}
              onChange=${()=>A(C.version)} aria-label=${`compare to version ${C.version}`} />to</label></td>
            ${x?g`<td>${C.version!==l?.version?g`<button type="button" onClick=${()=>R(C)}>Roll back</button>`:null}</td>`:null}</tr>`)}</tbody></table>
            ${f.length===0?g`<${X}>The defaults are in force: no change yet.</${X}>`:null}
            ${z(_)&&z(v)?g`
                <h3>Version ${_} → ${v}</h3>
                <${tc} before=${z(_).config} after=${z(v).config} />
              `:null}
          </${q}>
        </div>
        <${At} request=${y} onClose=${()=>S(null)} />
      </div>
  `}var lc=50,_d=["agent.registered","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.deregistered","agent.weightChanged","session.opened","session.routed","session.rebound","session.closed","routing.policyChanged","config.changed"];function bd({e,onStream:t}){let[l,n]=M(!1);return g`<li class="event"><div class="event-line">
    <button type="button" class="event-head" aria-expanded=${l} onClick=${()=>n(!l)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code></button>
    <button type="button" class="link muted" title="only this stream"
      onClick=${()=>t(e.streamId)}>${e.streamId}</button>
    <span class="spacer"></span>
      ${e.metadata.principal?g`<span class="muted">by ${ll(e.metadata.principal.sub)}</span>`:null}
      <${_e} at=${e.recordedAt} />
    </div>
    ${l?g`<pre class="code">${JSON.stringify(e,null,2)}</pre>`:null}
  </li>`}function vd({head:e}){let[t,l]=M(null),[n,s]=M(null),[o,i]=M(null),[c,u]=M(null),[h,f]=M(null),$=t??e;return ee(()=>{if($<1)return;let _=setTimeout(()=>{pe("/agents",{at:$,limit:1e3}).then(m=>{s(m.items),i(m.at),f(null)}).catch(f),Mn("/events",{from:$,limit:1}).then(m=>u(m[0]??null)).catch(()=>u(null))},250);return()=>clearTimeout(_)},[$]),g`<${q} title="Time travel">
    <label class="field" for="travel"><span>Registry as of log position <strong>${$}</strong>${c?g`${" ("}<code>${c.type}</code>${" "}<${_e} at=${c.recordedAt} />)`:null}${` of ${e}`}</span></label>
    <input id="travel" type="range" min="1" max=${Math.max(1,e)} value=${$}
      aria-valuetext=${`position ${$}`}
      onInput=${_=>l(Number(_.target.value))} />
    <div class="row">
      <button type="button" onClick=${()=>l(Math.max(1,$-1))}>◀ one event</button>
      <button type="button" onClick=${()=>l(Math.min(e,$+1))}>one event ▶</button>
      <button type="button" onClick=${()=>l(null)}>Now</button>
    </div>
    <${be} error=${h} />
    ${n?g`
        <table class="table compact" aria-label="registry as of the position" data-at=${o}>
          <thead>
            <tr>
              <th scope="col">agent</th>
              <th scope="col">status</th>
              <th scope="col" class="num">weight</th>
              <th scope="col" class="num">sessions</th>
            </tr>
          </thead>
          <tbody>${n.map(_=>g`
              <tr data-agent=${_.id}>
                <td>${_.name}</td>
                <td>
                  <${Tt} status=${_.status} maintenance=${_.maintenance} />
                </td>
                <td class="num">${_.weight??1}</td>
                <td class="num">${_.currentSessions}</td>
              </tr>
            `)}</tbody>
        </table>
                ${n.length===0?g`<${X}>No agent was registered yet at this position.</${X}>`:null}
      `:null}
  </${q}>`}function sc(){let e=le(ve),t=le(ye),[l,n]=M(""),[s,o]=M(""),[i,c]=M([1]),[u,h]=M([]),[f,$]=M(null),_=Math.max(0,...Object.values(t.fleet?.summary.positions??{})),m=i.at(-1);if(ee(()=>{Dn(e)&&Mn("/events",{from:m,limit:lc,stream:l,type:s}).then(E=>{h(E),$(null)}).catch($)},[m,l,s]),!Dn(e))return g`
      <div class="view">
        <h1>Log</h1>
        <${X}>The event log is for the auditor and admin roles.</${X}></div>
    `;let v=E=>E.target.value,A=E=>k=>{E(v(k).trim()),c([1])};return g`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${_} events</span></div>
      <${vd} head=${_} />
      <${q} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${l} onChange=${A(n)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${s} onChange=${A(o)} /></label>
            <datalist id="event-types">${_d.map(E=>g`<option value=${E} />`)}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${m}
              onChange=${E=>c([Math.max(1,Number(v(E))||1)])} /></label>
          </div>
          <${be} error=${f} />
          <ol class="events" aria-label="events">${u.map(E=>g`<${bd} e=${E} onStream=${k=>{n(k),c([1])}} />`)}</ol>
          ${u.length===0?g`<${X}>No events match.</${X}>`:null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${i.length<=1}
              onClick=${()=>c(i.slice(0,-1))}>← Earlier</button>
            <button type="button" disabled=${u.length<lc}
              onClick=${()=>c([...i,u.at(-1).position+1])}>Later →</button>
          </div>
        </${q}>
      </div>
  `}var oc=["error_rate","relay_p99_ms","response_p99_ms","unhealthy_agents","agent_unhealthy","sessions","sessions_per_agent","failovers_per_s","open_refusals_per_s","projection_lag_ms"],rc=[">",">=","<","<=","==","!="],ic=["info","warning","critical"];var yd={name:"",metric:"agent_unhealthy",op:">",threshold:0,forSeconds:0,severity:"warning"};function wd(e){let t=e.split(",").map(l=>l.trim()).filter(Boolean).map(l=>{let n=l.indexOf("=");return n>0?[l.slice(0,n).trim(),l.slice(n+1).trim()]:[l,""]});return t.length>0?Object.fromEntries(t):void 0}var ac=e=>Object.entries(e??{}).map(([t,l])=>`${t}=${l}`).join(", ");function Sd(e){let t=Date.parse(e.from),l=Date.parse(e.to),n=Math.max(1,e.stepSeconds)*1e3,s=[],o=[],i=[],c=e.intervals.map(u=>({active:Date.parse(u.activeAt),fired:Date.parse(u.firedAt),resolved:u.resolvedAt?Date.parse(u.resolvedAt):1/0}));for(let u=t;u<=l;u+=n)s.push(u/1e3),o.push(c.filter(h=>h.fired<=u&&u<h.resolved).length),i.push(c.filter(h=>h.active<=u&&u<h.fired).length);return[s,o,i]}function kd({rule:e,channels:t,onDone:l,ask:n}){let[s,o]=M(e),[i,c]=M(ac(e.selector)),[u,h]=M("3600"),[f,$]=M(null),[_,m]=M(null),v=S=>o({...s,...S}),A=()=>{let{id:S,...x}=s,U=wd(i);return{...x,...U?{selector:U}:{selector:void 0}}},E=async()=>{m(null);try{$(await me("POST","/alert-rules/dry-run",{rule:A(),windowSeconds:Number(u)}))}catch(S){$(null),m(S)}},k=async S=>{S.preventDefault(),m(null);try{s.id?await me("PUT",`/alert-rules/${encodeURIComponent(s.id)}`,A()):await me("POST","/alert-rules",A()),l()}catch(x){m(x)}},y=S=>S.target.value;return g`<form class="rule-editor" onSubmit=${k} aria-label="alert rule">
    <div class="form-grid">
      <label class="field">Name<input required value=${s.name}
        onInput=${S=>v({name:y(S)})} /></label>
      <label class="field">Metric<select value=${s.metric}
        onChange=${S=>v({metric:y(S)})}>
        ${oc.map(S=>g`<option value=${S}>${S}</option>`)}</select></label>
      <label class="field">Selector<input value=${i} placeholder="agentId=…, capability=…"
        onInput=${S=>c(y(S))} /></label>
      <label class="field">Condition<span class="row tight"><select value=${s.op}
        aria-label="operator" onChange=${S=>v({op:y(S)})}>
        ${rc.map(S=>g`<option value=${S}>${S}</option>`)}</select>
        <input type="number" step="any" aria-label="threshold" value=${s.threshold}
          onInput=${S=>v({threshold:Number(y(S))})} /></span></label>
      <label class="field">For (seconds)<input type="number" min="0" value=${s.forSeconds}
        onInput=${S=>v({forSeconds:Number(y(S))})} /></label>
      <label class="field">Severity<select value=${s.severity}
        onChange=${S=>v({severity:y(S)})}>
        ${ic.map(S=>g`<option value=${S}>${S}</option>`)}</select></label>
    </div>
    ${t.length>0?g`<fieldset class="channels"><legend>Notify</legend>${t.map(S=>g`<label class="check"><input type="checkbox"
          checked=${s.channels?.includes(S.id)??!1}
          onChange=${x=>{let U=x.target.checked,L=(s.channels??[]).filter(Y=>Y!==S.id);v({channels:U?[...L,S.id]:L})}} />${S.name}</label>`)}</fieldset>`:null}
    <${be} error=${_} />
    ${f?g`
        <${Jt} title="Dry run: series firing (and pending) over the window"
          format=${S=>Number.isInteger(S)?String(S):""}
          series=${[{label:"firing",color:"var(--bad)"},{label:"pending",color:"var(--warn)"}]}
          data=${Sd(f)} range=${[Date.parse(f.from)/1e3,Date.parse(f.to)/1e3]}
          emptyText="would not have fired" />
        <p class="hint">${`${f.evaluations} evaluations from ${f.source}: it would have fired ${f.intervals.length} time${f.intervals.length===1?"":"s"}.`}</p>
      `:null}
    <div class="row end">
      ${pt("POST /alert-rules/dry-run")?g`
        <${sl} label="Dry-run window" value=${u} onChange=${h}
          options=${[{value:"3600",label:"1 h"},{value:"86400",label:"24 h"}]} />
        <button type="button" onClick=${E}>Dry run</button>
      `:null}
      <div class="spacer"></div>
      ${s.id?g`<button type="button" class="danger" onClick=${()=>n({title:`Delete rule ${s.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/alert-rules/${encodeURIComponent(s.id)}`),l()}})}>Delete</button>`:null}
      <button type="button" onClick=${l}>Cancel</button>
      <button type="submit" class="primary">${s.id?"Save rule":"Create rule"}</button>
    </div>
  </form>`}function cc({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=M([]),[o,i]=M([]),[c,u]=M(null),[h,f]=M(null),[$,_]=M(0);ee(()=>{pe("/alert-rules").then(v=>s("items"in v?v.items:v.rules)).catch(f),pt("GET /notification-channels")&&pe("/notification-channels").then(v=>i(v.items)).catch(v=>{v instanceof un&&v.status===403||f(v)})},[l,$]);let m=We(t);return g`<${q} title="Rules" actions=${m&&!c?g`<button type="button" class="primary" onClick=${()=>u(yd)}>New rule</button>`:null}>
    <${be} error=${h} />
    ${c?g`
        <${kd} rule=${c} channels=${o} ask=${e}
          onDone=${()=>{u(null),_(v=>v+1)}} />
      `:null}
    ${n.length===0?g`<${X}>No rule.</${X}>`:g`
      <table class="table compact" aria-label="alert rules">
        <thead>
          <tr><th scope="col">rule</th>
        <th scope="col">condition</th><th scope="col">for</th><th scope="col">severity</th>
        <th scope="col" class="hide-narrow">notify</th>${m?g`<th scope="col"></th>`:null}
          </tr>
        </thead>
        <tbody>
      ${n.map(v=>g`<tr><td>${v.name}</td>
          <td><code>${v.metric}${v.selector?`{${ac(v.selector)}}`:""} ${v.op} ${v.threshold}</code></td>
          <td>${v.forSeconds}s</td><td>${v.severity}</td>
          <td class="hide-narrow">${(v.channels??[]).map(A=>g`<span class="tag">${o.find(E=>E.id===A)?.name??A.slice(0,8)}</span>`)}</td>
          ${m?g`<td><button type="button" onClick=${()=>u(v)}>Edit</button></td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${q}>`}function xd({id:e}){let[t,l]=M(null),[n,s]=M(null);return ee(()=>{pe(`/notification-channels/${encodeURIComponent(e)}/deliveries`,{limit:20}).then(o=>l(o.items)).catch(s)},[e]),n?g`<${be} error=${n} />`:t?t.length===0?g`<${X}>Nothing delivered yet.</${X}>`:g`<ol class="timeline">${t.map(o=>g`<li><${_e} at=${o.at} /> <span>${o.status??o.outcome??""}</span>
      ${o.httpStatus?g`<code>HTTP ${o.httpStatus}</code>`:null}
      ${o.attempt?g`<span class="muted">attempt ${o.attempt}</span>`:null}
      ${o.error?g`<span class="error">${o.error}</span>`:null}</li>`)}</ol>`:g`<p class="loading">Loading…</p>`}function uc({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=M([]),[o,i]=M(null),[c,u]=M(""),[h,f]=M(""),[$,_]=M(""),[m,v]=M(null),[A,E]=M(0);ee(()=>{pe("/notification-channels").then(S=>s(S.items)).catch(v)},[l,A]);let k=async S=>{S.preventDefault(),v(null);try{await me("POST","/notification-channels",{name:c,type:"webhook",url:h,...$?{secret:$}:{}}),u(""),f(""),_(""),E(x=>x+1)}catch(x){v(x)}},y=S=>S.target.value;return g`<${q} title="Notification channels">
    <${be} error=${m} />
    ${n.length===0?g`<${X}>No channel.</${X}>`:g`
      <table class="table compact" aria-label="notification channels">
        <thead>
          <tr>
            <th scope="col">channel</th>
            <th scope="col">url</th>
            <th scope="col">signed</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>${n.map(S=>g`
            <tr>
              <td>${S.name}</td>
              <td><code>${S.url}</code></td>
              <td>${S.signed?"yes":"no"}</td>
              <td>
                <div class="actions compact">
                        <button type="button" aria-expanded=${o===S.id}
                          onClick=${()=>i(o===S.id?null:S.id)}>Deliveries</button>
                        ${We(t)?g`<button type="button" class="danger" onClick=${()=>e({title:`Delete channel ${S.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/notification-channels/${encodeURIComponent(S.id)}`),E(x=>x+1)}})}>Delete</button>`:null}</div>
              </td>
            </tr>
                      ${o===S.id?g`
                          <tr>
                            <td colspan="4">
                              <${xd} id=${S.id} />
                            </td>
                          </tr>
                        `:null}
          `)}</tbody>
      </table>
    `}
    ${We(t)?g`
        <form class="row" onSubmit=${k} aria-label="new notification channel">
          <label class="field inline">Name<input required value=${c}
                  onInput=${S=>u(y(S))} /></label>
          <label class="field inline">Webhook URL<input required type="url" value=${h}
                  onInput=${S=>f(y(S))} /></label>
          <label class="field inline">Secret<input type="password" minlength="16" value=${$}
                  autocomplete="off" onInput=${S=>_(y(S))} /></label>
          <button type="submit">Add channel</button>
        </form>
      `:null}
  </${q}>`}var Ps=e=>e.labels?.alertname??e.annotations?.summary??e.ruleId;function fc({labels:e}){let t=Object.entries(e??{}).filter(([l])=>l!=="alertname");return g`${t.map(([l,n])=>g`<span class="tag">${l}=${n}</span>`)}`}function Cd({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=M([]),[o,i]=M(null);return ee(()=>{pe("/silences",{state:"all"}).then(c=>s(c.items)).catch(i)},[l]),g`<${q} title="Silences">
    <${be} error=${o} />
    ${n.length===0?g`<${X}>No silence.</${X}>`:g`
      <table class="table compact" aria-label="silences">
        <thead>
          <tr><th scope="col">matchers</th>
        <th scope="col">until</th><th scope="col" class="hide-narrow">comment</th><th scope="col">state</th>
        ${We(t)?g`<th scope="col"></th>`:null}</tr>
        </thead>
        <tbody>
        ${n.map(c=>g`<tr><td>${c.matchers.map(u=>g`<span class="tag">${u.name}${u.isEqual===!1?"!":""}${u.isRegex?"=~":"="}${u.value}</span>`)}</td><td><${_e} at=${c.endsAt} /></td><td class="hide-narrow">${c.comment??""}</td>
          <td>${c.state??""}</td>
          ${We(t)?g`<td>${c.state!=="expired"?g`<button type="button" onClick=${()=>e({title:"Expire this silence?",confirmLabel:"Expire",run:()=>me("DELETE",`/silences/${encodeURIComponent(c.id??c.silenceId)}`)})}>Expire</button>`:null}</td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${q}>`}function dc(){let e=le(ve),t=Re("alerts"),[l,n]=M("firing"),[s,o]=M([]),[i,c]=M(null),[u,h]=M(null);ee(()=>{pe("/alerts",{state:l}).then(m=>{o(m.items),c(null)}).catch(c)},[t,l]);let f=We(e),$=m=>h({title:`Acknowledge ${Ps(m)}?`,body:g`<p>It keeps firing; the acknowledgement says someone is on it.</p>`,confirmLabel:"Acknowledge",input:{label:"Comment",value:"on it"},run:v=>me("POST",`/alerts/${encodeURIComponent(m.id)}/ack`,v?{comment:v}:{})}),_=m=>h({title:`Silence ${Ps(m)}?`,body:g`
        <p>Notifications for alerts with these labels stop until the silence ends:</p>
        <p>
          <${fc} labels=${m.labels} />
        </p>
      `,confirmLabel:"Silence",input:{label:"For how many minutes",value:"60",type:"number"},run:v=>me("POST","/silences",{matchers:Object.entries(m.labels??{alertname:Ps(m)}).map(([A,E])=>({name:A,value:E,isRegex:!1,isEqual:!0})),endsAt:new Date(Date.now()+Number(v)*6e4).toISOString(),comment:"silenced from the UI"})});return g`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
        <div class="spacer"></div>
        <${sl} label="Alert state" value=${l} onChange=${n}
          options=${[{value:"firing",label:"Firing"},{value:"resolved",label:"Resolved"},{value:"all",label:"All"}]} />
      </div>
      <${be} error=${i} />
      <${q} title=${l==="firing"?"Firing":l==="resolved"?"Resolved":"Alerts"}>
          ${s.length===0?g`<${X}>No ${l==="all"?"":l} alert.</${X}>`:g`
              <div class="table-wrap">
                <table class="table" aria-label="alerts">
                  <thead>
                    <tr>
                <th scope="col">alert</th><th scope="col">state</th><th scope="col" class="hide-narrow">labels</th>
                <th scope="col" class="num">value</th><th scope="col">since</th><th scope="col">ended</th>
                ${f?g`<th scope="col">actions</th>`:null}</tr>
                  </thead>
                  <tbody>
                ${s.map(m=>g`<tr data-alert=${m.id}>
              <td class="alert-name"><strong>${Ps(m)}</strong>${m.severity?g`
                        <span class=${`badge sev-${m.severity}`}>${m.severity}</span>
                      `:null}</td>
              <td class="alert-name"><span class=${`badge a-${m.state}`}>${m.state}</span>${m.acknowledged||m.ackedAt?g`
                        <span class="tag" title=${m.acknowledgedBy??""}>acked</span>
                      `:null}${(m.silencedBy?.length??0)>0?g`<span class="tag">silenced</span>`:null}</td>
              <td class="hide-narrow"><${fc} labels=${m.labels} /></td>
              <td class="num">${m.value??"\u2014"}</td>
              <td><${_e} at=${m.startsAt} /></td>
              <td>${m.endsAt?g`<${_e} at=${m.endsAt} />`:"\u2014"}</td>
              ${f?g`
                        <td>
                          <div class="actions compact">
                                          ${m.state==="firing"&&!(m.acknowledged||m.ackedAt)?g`<button type="button" onClick=${()=>$(m)}>Ack</button>`:null}
                                          ${m.state==="firing"?g`<button type="button" onClick=${()=>_(m)}>Silence</button>`:null}</div>
                        </td>
                      `:null}
            </tr>`)}</tbody>
                </table>
              </div>
            `}
        </${q}>
        ${pt("GET /alert-rules")&&pt("POST /alert-rules")?g`<${cc} ask=${h} />`:null}
        ${pt("GET /silences")?g`<${Cd} ask=${h} />`:null}
        ${pt("GET /notification-channels")?g`<${uc} ask=${h} />`:null}
        <${At} request=${u} onClose=${()=>h(null)} />
      </div>
  `}function pc(){let e=localStorage.getItem("switchboard-theme");return e==="light"||e==="dark"?e:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function qo(e){document.documentElement.dataset.theme=e}function hc(){let[e,t]=M(document.documentElement.dataset.theme??"light");return g`
    <button type="button" class="icon" onClick=${()=>{let n=e==="dark"?"light":"dark";qo(n),localStorage.setItem("switchboard-theme",n),t(n),dispatchEvent(new Event("switchboard-theme"))}}
      aria-label=${`switch to ${e==="dark"?"light":"dark"} theme`}
      title="light / dark">${e==="dark"?$i():_i()}</button>
  `}var Ed=[["overview","Overview"],["distribution","Distribution"],["agents","Agents"],["sessions","Sessions"],["routing","Routing"],["config","Config"],["log","Log"],["alerts","Alerts"]];function Td({parts:e}){let[t,l]=e;switch(t){case"distribution":return g`<${Ja} />`;case"agents":return l?g`<${qa} id=${l} />`:g`<${Ka} />`;case"sessions":return l?g`<${Qa} id=${l} />`:g`<${Za} />`;case"routing":return g`<${Xa} />`;case"config":return g`<${nc} />`;case"log":return g`<${sc} />`;case"alerts":return g`<${dc} />`;default:return g`<${Ya} />`}}function Ad(){let e=le(ve),t=le(ye),l=fi(),n=l[0]??"overview";ee(()=>(ci(),ui),[]);let s=cn(!0);ee(()=>{if(s.current){s.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0}),scrollTo(0,0)},[l.join("/")]);let o=async()=>{try{await ii()}finally{ve.set(null)}};return g`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${Ed.map(([i,c])=>g`
                <a href=${`#/${i}`} aria-current=${n===i?"page":void 0}
                  class=${n===i?"on":""}>${c}</a>
              `)}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${t.connected?"on":""}`} role="status"
          title=${t.connected?"live feed connected":"live feed reconnecting"}>
            ${t.connected?"live":"offline"}</span>
        <${hc} />
        <span class="who" title=${e?.roles.join(", ")}>
            ${ll(e?.sub)} <span class="role">${e?.roles.join(", ")}</span>
            ${We(e)?null:g`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${o}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${Td} parts=${l} />
      </main>
    </div>
  `}function mc(){let e=le(ve),[t,l]=M(null);return ee(()=>{ni(()=>ve.set(null)),Promise.all([oi(),ri()]).then(([n])=>ve.set(n??null)).catch(l)},[]),ee(()=>{e&&!location.hash&&cs("overview")},[e]),t?g`<p class="error" role="alert">${String(t)}</p>`:e===void 0?g`<p class="loading" role="status">Loading…</p>`:e===null?g`<${bi} />`:g`<${Ad} />`}qo(pc());Vr(g`<${mc} />`,document.getElementById("app"));
